// Start-up probe, injected before any page script (Playwright addInitScript, so CSP does not apply).
// Once per animation frame it looks for the first visible element with a data-slide attribute whose
// text (own or in its shadow root) is not empty, searching through shadow roots. When found in a
// frame's rAF callback, that frame's rendering (style, layout, paint) follows before the next task,
// so a message posted from the callback arrives right after the paint: its performance.now() is
// the time from navigation start to "first slide text painted". Reported via console.debug, so the
// bench waits on an event instead of polling the page.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const MAX_FRAMES = 3000;
  let frames = 0;

  const textOf = (el) => ((el.shadowRoot ? el.shadowRoot.textContent : '') + el.textContent).trim();

  const findSlide = (root) => {
    for (const el of root.querySelectorAll('[data-slide]')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && textOf(el) !== '') return el;
    }
    for (const host of root.querySelectorAll('*')) {
      if (host.shadowRoot) {
        const found = findSlide(host.shadowRoot);
        if (found) return found;
      }
    }
    return null;
  };

  const check = (frameTime) => {
    frames++;
    const slide = findSlide(document);
    if (!slide) {
      if (frames < MAX_FRAMES) raf(check);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const paintedAt = performance.now();
      console.debug(
        `bench:first-slide ${JSON.stringify({ paintedAt, frameTime, kind: slide.dataset.slide })}`,
      );
    };
    channel.port2.postMessage(null);
  };

  raf(check);
})();
