// Start-up probe, injected before any page script (Playwright addInitScript, so CSP does not apply).
// It looks for the first visible element with a data-slide attribute whose text (own or in its
// shadow root) is not empty and whose composed opacity is above zero (a slide fading in counts from
// its first frame that is not fully transparent) and no web font is still loading. A
// MutationObserver on the document and on each shadow root marks the page dirty; only in frames
// after a change does the probe look for new shadow roots (attached by script, or declared in the
// HTML, which no attachShadow wrapper would see) and for the slide: the probe must cost the page
// (nearly) nothing, or it would slow the app more than the small floor page. The search runs in a
// rAF callback; when it succeeds, that frame's rendering (style, layout, paint) follows before the
// next task, so a message posted from the callback arrives right after the paint: its
// performance.now() is the time from navigation start to "first slide text painted". Reported via
// console.debug, so the bench waits on an event, not polling.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const roots = [document];
  const known = new Set(roots);
  let dirty = true;
  const observer = new MutationObserver(() => {
    dirty = true;
  });
  const watch = (root) => observer.observe(root, { childList: true, subtree: true, characterData: true });
  watch(document);

  /** Adds the shadow roots of elements in the known roots (new ones are searched in turn). */
  const discoverRoots = () => {
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i].querySelectorAll('*')) {
        const root = el.shadowRoot;
        if (root && !known.has(root)) {
          known.add(root);
          roots.push(root);
          watch(root);
        }
      }
    }
  };

  const textOf = (el) => ((el.shadowRoot ? el.shadowRoot.textContent : '') + el.textContent).trim();

  // Opacity of the element as composed: its own times every ancestor's, across shadow boundaries.
  // A slide that fades in is not "painted" for a viewer while it is still fully transparent.
  const opacityOf = (el) => {
    let opacity = 1;
    for (let node = el; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
      opacity *= Number(getComputedStyle(node).opacity);
      if (opacity === 0) return 0;
    }
    return opacity;
  };

  // A slide in the DOM but still transparent: look again next frame even without a DOM change.
  let candidate = null;
  /** When a slide with text was first laid out, transparent or not (ms since navigation start). */
  let presentAt = null;

  const findSlide = () => {
    if (dirty) discoverRoots();
    for (const root of roots) {
      for (const el of root.querySelectorAll('[data-slide]')) {
        if (textOf(el) === '') continue;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.height > 0) {
          candidate = el;
          if (presentAt === null) presentAt = performance.now();
          // Text waiting for its web font is invisible (or in a fallback font that is about to jump).
          if (opacityOf(el) > 0 && document.fonts.status === 'loaded') return el;
        }
      }
    }
    return null;
  };

  const check = (frameTime) => {
    const slide = dirty || candidate ? findSlide() : null;
    dirty = false;
    if (!slide) {
      raf(check);
      return;
    }
    observer.disconnect();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const paintedAt = performance.now();
      console.debug(
        `bench:first-slide ${JSON.stringify({ paintedAt, presentAt, frameTime, kind: slide.dataset.slide })}`,
      );
    };
    channel.port2.postMessage(null);
  };

  raf(check);
})();
