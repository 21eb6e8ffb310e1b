/*
 * Characters that change how text around them is displayed without being visible: bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the directional marks
 * (U+200E, U+200F, U+061C), and C0/C1 controls other than tab, newline and carriage return
 * (NUL from an escaped \u0000 among them). A right-to-left override before "40%" displays
 * "%04": a number could be spoofed. Paper text is stored and shown without them.
 */
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const HAS_INVISIBLE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function stripInvisibleControls(text: string): string {
  return HAS_INVISIBLE_CONTROL.test(text) ? text.replace(INVISIBLE_CONTROLS, "") : text;
}

export function hasInvisibleControls(text: string): boolean {
  return HAS_INVISIBLE_CONTROL.test(text);
}
