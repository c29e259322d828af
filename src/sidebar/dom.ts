/** Building the sidebar's DOM with text nodes only: data never goes through HTML parsing. */
type Attributes = Record<string, string | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
}

export function checkbox(name: string, value: string, label: string, checked = false): HTMLLabelElement {
  return el('label', { class: 'check' }, el('input', { type: 'checkbox', name, value, checked }), label);
}

export function option(value: string, label: string, selected = false): HTMLOptionElement {
  return el('option', { value, selected }, label);
}

export function checkedValues(name: string): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}
