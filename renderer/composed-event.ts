/**
 * The base of the events our elements send up: each bubbles and crosses shadow roots, and its class
 * knows its name (`SaveRequestEvent.eventName`) for listeners and HTMLElementEventMap.
 * `class X extends composedEvent('x') {}` needs no constructor; one that carries data takes it as
 * readonly constructor fields and calls `super()`.
 */
export function composedEvent<const N extends string>(name: N) {
  return class extends Event {
    static readonly eventName: N = name;
    constructor() {
      super(name, { bubbles: true, composed: true });
    }
  };
}
