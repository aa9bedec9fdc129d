/**
 * Building the pane's elements. Text only ever goes in as text nodes (`append` of a string,
 * `textContent`): whatever a cell holds is shown as characters and never parsed as HTML.
 */
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  attrs?: Readonly<Record<string, string>>;
}

/** Attributes that would run or load something; the pane never needs them. */
const UNSAFE_ATTRIBUTE = /^(on|style$|srcdoc$|href$|src$)/i;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (UNSAFE_ATTRIBUTE.test(name)) throw new Error(`attribute ${name} is not allowed in the pane`);
    element.setAttribute(name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** The element with this id, of the expected kind; a missing one is a build error worth failing loudly on. */
export function byId<T extends HTMLElement>(id: string, kind: { new (): T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`task pane element #${id} is missing`);
  return element;
}
