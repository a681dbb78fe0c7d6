/**
 * Rendered HTML back to React elements, as JSON the floor page renders with createElement: the
 * floor reproduces Meridian's markup with plain server components, so its bytes are what any App
 * Router page with that markup pays. Attribute names go back to the props React turns into them.
 */
import { CommentNode, HTMLElement, TextNode, type Node } from 'node-html-parser';

/** A text, or [tag, props, ...children]; rendered as createElement(tag, props, ...children). */
export type FloorNode = string | [string, Record<string, unknown>, ...FloorNode[]];

/** HTML attribute -> React prop where React renames it (react-dom-server's aliases and special cases). */
const PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  'http-equiv': 'httpEquiv',
  'accept-charset': 'acceptCharset',
  crossorigin: 'crossOrigin',
  autofocus: 'autoFocus',
  'xlink:href': 'xlinkHref',
  'xml:lang': 'xmlLang',
  'xml:space': 'xmlSpace',
};

/** React writes these as `name=""` when true and leaves them out when false. */
const BOOLEAN_PROPS = new Set(
  [
    'allowFullScreen', 'async', 'autoFocus', 'autoPlay', 'checked', 'controls', 'default', 'defer', 'disabled',
    'formNoValidate', 'hidden', 'inert', 'itemScope', 'loop', 'multiple', 'muted', 'noModule', 'noValidate', 'open',
    'playsInline', 'readOnly', 'required', 'reversed', 'selected',
  ].map((name) => name.toLowerCase()),
);

/** Props a hand-written page passes as numbers (the payload then carries 1600, not "1600"). */
const NUMERIC_PROPS = new Set(['width', 'height', 'maxLength', 'minLength', 'tabIndex', 'rows', 'cols', 'colSpan', 'rowSpan', 'size', 'span', 'start']);

const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** `color:transparent;font-size:2px` -> { color: 'transparent', fontSize: '2px' } (custom properties kept as written). */
function styleObject(style: string): Record<string, string> {
  const entries = style
    .split(';')
    .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
    .filter(([property, value]) => property && value)
    // -webkit-x -> WebkitX, -ms-x -> msX, as React expects them.
    .map(([property, value]) => [property!.startsWith('--') ? property! : camel(property!.replace(/^-ms-/, 'ms-')), value!]);
  return Object.fromEntries(entries);
}

function propsOf(element: HTMLElement): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(element.attributes)) {
    const lower = attribute.toLowerCase();
    let name = PROP_NAMES[lower] ?? attribute;
    // SVG presentation attributes (stroke-width, fill-rule): React takes them camelCased.
    if (!PROP_NAMES[lower] && attribute.includes('-') && !/^(aria|data)-/.test(lower)) name = camel(attribute);
    if (BOOLEAN_PROPS.has(lower)) props[name] = true;
    else if (name === 'style') props[name] = styleObject(value);
    else if (NUMERIC_PROPS.has(name) && /^-?\d+$/.test(value)) props[name] = Number(value);
    else props[name] = value;
  }
  return props;
}

/** Elements the framework writes itself, which the floor's own Next render adds again. */
function isFrameworkElement(element: HTMLElement): boolean {
  const tag = element.tagName.toLowerCase();
  if (tag === 'template') return true;
  if (tag === 'script') return element.getAttribute('type') !== 'application/ld+json';
  // Next's metadata outlet: <div hidden><!--$--><!--/$--></div>.
  return tag === 'div' && element.hasAttribute('hidden') && element.childNodes.every((child) => child instanceof CommentNode);
}

/** One node as a FloorNode; null for comments (React's own markers) and framework elements. */
export function toFloorNode(node: Node): FloorNode | null {
  if (node instanceof TextNode) return node.text;
  if (node instanceof CommentNode || !(node instanceof HTMLElement) || isFrameworkElement(node)) return null;
  const tag = node.rawTagName;
  const props = propsOf(node);
  // JSON-LD goes in as it came: its text is script source, not escaped HTML.
  if (tag.toLowerCase() === 'script') return [tag, { ...props, dangerouslySetInnerHTML: { __html: node.rawText } }];
  return [tag, props, ...toFloorNodes(node.childNodes)];
}

export function toFloorNodes(nodes: Node[]): FloorNode[] {
  return nodes.map(toFloorNode).filter((node): node is FloorNode => node !== null);
}
