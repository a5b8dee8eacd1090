import { isServer } from 'lit';

/**
 * One console warning about an element of the library ("<barrier-stack>: …"), followed in a
 * browser by a WeakRef to the element: expanding it in the console shows which of a page's
 * charts it is about. The element itself is not logged: the console keeps its messages, and
 * with them every removed chart that ever warned (an app's route shown and left again, about
 * 0.6 MB each). On a server, the text only (the element would be printed whole into the log).
 */
export function warnAbout(el: Element, message: string): void {
  if (isServer || typeof WeakRef !== 'function') console.warn(message);
  else console.warn(message, new WeakRef(el));
}
