import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideShortcut, type KeyInput } from '../../../../main/electron/shortcut-policy';

/** A key event from a combination written like "Ctrl+Shift+I". */
function key(combo: string, extra: Partial<KeyInput> = {}): KeyInput {
  const parts = combo.split('+');
  const k = parts.pop()!;
  return {
    type: 'keyDown',
    key: k,
    control: parts.includes('Ctrl'),
    alt: parts.includes('Alt'),
    shift: parts.includes('Shift'),
    meta: parts.includes('Meta'),
    isAutoRepeat: false,
    ...extra,
  };
}

describe('shortcut filter', () => {
  it('blocks reload, devtools, zoom, close, print and navigation keys', () => {
    const blocked = [
      'F5',
      'Ctrl+r',
      'Ctrl+Shift+R',
      'Ctrl+F5',
      'F12',
      'Ctrl+Shift+I',
      'Ctrl+Shift+J',
      'Ctrl+Shift+C',
      'Ctrl+=',
      'Ctrl++',
      'Ctrl+Shift++',
      'Ctrl+-',
      'Ctrl+0',
      'Ctrl+w',
      'Ctrl+q',
      'Ctrl+Shift+W',
      'Alt+F4',
      'Ctrl+p',
      'Ctrl+s',
      'Ctrl+o',
      'Ctrl+n',
      'Ctrl+t',
      'Ctrl+f',
      'Ctrl+u',
      'Alt+ArrowLeft',
      'Alt+ArrowRight',
      'Alt+Home',
      'F11',
      'F1',
      'F24',
      'Meta+r',
      'BrowserBack',
      'BrowserRefresh',
      'ZoomIn',
      'Print',
      'Ctrl+Alt+Shift+1',
      'Ctrl+Alt+Delete',
      'Alt+Tab',
    ];
    for (const combo of blocked) assert.equal(decideShortcut(key(combo)), 'block', combo);
    // Alt alone (it would show a menu bar, if there were one) reports itself as a modifier too.
    assert.equal(decideShortcut(key('Alt', { alt: true })), 'block');
  });

  it('lets plain keys through for the touch view and keyboard users', () => {
    const passed = [
      'a',
      'Shift+A',
      'Enter',
      ' ',
      'Tab',
      'Shift+Tab',
      'Escape',
      'ArrowLeft',
      'ArrowDown',
      'Backspace',
      '1',
      'Shift',
    ];
    for (const combo of passed) assert.equal(decideShortcut(key(combo)), 'pass', combo);
  });

  it('quits to the desktop on Ctrl+Alt+Shift+Q, whatever the case of the letter', () => {
    assert.equal(decideShortcut(key('Ctrl+Alt+Shift+Q')), 'staff-quit');
    assert.equal(decideShortcut(key('Ctrl+Alt+Shift+q')), 'staff-quit');
  });

  it('does not quit on part of the combination, on a repeat, on key-up or with Meta held too', () => {
    for (const combo of ['Ctrl+Alt+q', 'Ctrl+Shift+Q', 'Alt+Shift+Q', 'Shift+Q', 'q']) {
      assert.notEqual(decideShortcut(key(combo)), 'staff-quit', combo);
    }
    assert.equal(decideShortcut(key('Ctrl+Alt+Shift+Q', { isAutoRepeat: true })), 'block');
    assert.equal(decideShortcut(key('Ctrl+Alt+Shift+Q', { type: 'keyUp' })), 'block');
    assert.equal(decideShortcut(key('Meta+Ctrl+Alt+Shift+Q')), 'block');
  });

  it('leaves other Ctrl+Alt+Shift+letter combinations to the page for staff views', () => {
    assert.equal(decideShortcut(key('Ctrl+Alt+Shift+S')), 'pass');
    assert.equal(decideShortcut(key('Ctrl+Alt+Shift+I')), 'pass');
  });
});
