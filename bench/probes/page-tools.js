// Page helpers for the soak and smoothness runs, injected before any page script. Exposes
// window.__bench: long tasks seen so far, the signature of the visible slides (to notice a
// transition), the animations still running (to wait for a transition to end) and element counts.
// Searches through shadow roots, since every slide lives inside one.
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the bench reports what it got
  }

  /** The armed tap timing (armTouchTiming), until touchTiming() hands it over. */
  let touchTiming = null;

  const ids = new WeakMap();
  let nextId = 1;
  const idOf = (el) => {
    if (!ids.has(el)) ids.set(el, nextId++);
    return ids.get(el);
  };

  const allRoots = () => {
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return roots;
  };

  const visibleSlides = () =>
    allRoots()
      .flatMap((root) => [...root.querySelectorAll('[data-slide]')])
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      });

  window.__bench = {
    /** Long tasks since the last call, handed over and forgotten (the soak must not grow the heap). */
    takeLongTasks() {
      return longTasks.splice(0);
    },
    /** "kind:key|kind:key" of the visible slides; the key is the planned slide's, else the element's. */
    slideSignature() {
      return visibleSlides()
        .map((el) => `${el.dataset.slide}:${el.slide && el.slide.key ? el.slide.key : idOf(el)}`)
        .join('|');
    },
    /**
     * Milliseconds until the last running transition-like animation (document or any shadow root)
     * ends. Animations longer than 2 s (a progress bar filling over the slide's duration) are not
     * transitions and are left out.
     */
    animationRemainingMs() {
      const animations = new Set(document.getAnimations());
      for (const root of allRoots()) for (const a of root.getAnimations()) animations.add(a);
      let remaining = 0;
      for (const a of animations) {
        if (a.playState !== 'running' || !a.effect) continue;
        const { duration } = a.effect.getTiming();
        if (typeof duration !== 'number' || duration > 2000) continue;
        const end = a.effect.getComputedTiming().endTime;
        const now = typeof a.currentTime === 'number' ? a.currentTime : 0;
        if (Number.isFinite(end))
          remaining = Math.max(remaining, (end - now) / Math.abs(a.playbackRate || 1));
      }
      return remaining;
    },
    /** Composed text of the page (all shadow roots), to check what is on screen. */
    deepText() {
      return allRoots()
        .map((root) => (root === document ? document.body.innerText : root.textContent))
        .join('\n');
    },
    /**
     * Starts timing the next tap; `touchTiming()` then resolves when the touch screen's first page
     * is painted, with the pointerdown's time stamp (the finger touching: the kiosk wakes on it, and
     * the rotation it touched is gone before the finger lifts, so that pointerup never reaches the
     * window) and performance.now() just after that frame's paint (a message posted from the rAF
     * callback that found the page arrives after the paint). Armed in a call of its own, awaited
     * before the tap: armed in the same call that waited for the result, the listener could come
     * after a tap under load, and the bench then waited for a tap that never came.
     */
    armTouchTiming() {
      // Looked up where the app puts the touch screen, not by walking every shadow root: that walk
      // ran inside the frame being measured, and in a CPU profile at 4× it and its queries took
      // about 30 ms, as much script as the app's own update in that frame.
      const shown = () => {
        const app = document.querySelector('kiosk-app');
        if (!app || app.dataset.mode !== 'interactive' || !app.shadowRoot) return false;
        const touch = app.shadowRoot.querySelector('kiosk-interactive');
        if (!touch || !touch.shadowRoot) return false;
        return [...touch.shadowRoot.querySelectorAll('[data-page]')].some((el) => {
          // The touch screen waits built and laid out under the rotation, `visibility: hidden`: a
          // page with a box and text is not enough, it must be visible.
          if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
          const box = el.getBoundingClientRect();
          const text = (el.shadowRoot ? el.shadowRoot.textContent : '') + el.textContent;
          return box.width > 0 && box.height > 0 && text.trim() !== '';
        });
      };
      touchTiming = new Promise((resolve) => {
        addEventListener(
          'pointerdown',
          (event) => {
            const tapAt = event.timeStamp;
            const check = () => {
              if (!shown()) return requestAnimationFrame(check);
              const channel = new MessageChannel();
              channel.port1.onmessage = () => resolve({ tapAt, paintedAt: performance.now() });
              channel.port2.postMessage(null);
            };
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      });
    },
    /** The armed tap's timing; rejects when no touch screen was seen within 15 s of arming. */
    touchTiming() {
      if (!touchTiming) return Promise.reject(new Error('armTouchTiming() was not called'));
      const timing = touchTiming;
      touchTiming = null;
      return Promise.race([
        timing,
        new Promise((resolve, reject) =>
          setTimeout(() => reject(new Error('no touch screen shown within 15 s of the tap')), 15_000),
        ),
      ]);
    },
    /** Elements in the document and all shadow roots, and the number of shadow roots. */
    counts() {
      const roots = allRoots();
      return {
        elements: roots.reduce((n, r) => n + r.querySelectorAll('*').length, 0),
        shadowRoots: roots.length - 1,
      };
    },
  };
})();
