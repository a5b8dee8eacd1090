import { isServer } from 'lit';
import { shortened } from './attribute-problem.js';

/**
 * One console warning about an element of the library, followed in a browser by a WeakRef to
 * the element: expanding it in the console shows which of a page's charts it is about. The
 * element itself is not logged: the console keeps its messages, and with them every removed
 * chart that ever warned (an app's route shown and left again, about 0.6 MB each). On a server,
 * the text only (the element would be printed whole into the log).
 *
 * The text names the element by its tag and, where it has one, its id: `<barrier-stack
 * id="costs">: …`. Read as text, in CI's log or Storybook's, the WeakRef reads "WeakRef {}", and
 * the id is what says which chart. Not its place among its kind ("the 2nd <barrier-stack>"): a
 * place changes as a page adds and removes charts, and the embed's size budget has no room for it.
 */
export function warnAbout(el: Element, message: string): void {
  // A long id shortened, as a message shortens a long value.
  const text = `<${el.localName}${el.id ? ` id="${shortened(el.id)}"` : ''}>: ${message}`;
  if (isServer || typeof WeakRef !== 'function') console.warn(text);
  else console.warn(text, new WeakRef(el));
}
