// Reads an XML document into a small element tree with saxes (a conforming, well-kept SAX parser): no DTD, no entities but XML's five.
import { SaxesParser } from 'saxes';

/** One element: its name, attributes and child elements (text is not kept: ODF schedules carry data in attributes). */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlElement[];
  /** 1-based line of the element's start tag, for messages. */
  line: number;
}

/** Why a text is not an XML document this app reads. */
export type XmlProblem =
  | { kind: 'malformed'; line: number; column: number; message: string }
  /** A document type declaration: DTDs (and the entities they declare) are refused outright. */
  | { kind: 'doctype'; line: number }
  | { kind: 'tooManyElements'; max: number };

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; problem: XmlProblem };

/** More elements than any schedule message holds (a discipline has at most a few hundred units). */
export const MAX_XML_ELEMENTS = 100_000;

/** Thrown inside the handlers to stop the parser at the first refusal. */
class Stop extends Error {
  constructor(readonly problem: XmlProblem) {
    super(problem.kind);
  }
}

/**
 * Parses `text` (already decoded) as one XML 1.0 document, by the XML specification as saxes
 * enforces it (well-formedness, names, attribute quoting, one root element). Refused, never
 * guessed: a malformed document (with its line and column), a `<!DOCTYPE …>` (so no DTD and no
 * entity declaration is ever read, let alone expanded: saxes itself knows only the five
 * predefined entities and character references, and fails on any other entity reference), and
 * more than {@link MAX_XML_ELEMENTS} elements. Comments and processing instructions are skipped.
 */
export function readXml(text: string): XmlResult {
  const parser = new SaxesParser({ position: true, xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  parser.on('doctype', () => {
    throw new Stop({ kind: 'doctype', line: parser.line });
  });
  parser.on('opentag', (tag) => {
    count += 1;
    if (count > MAX_XML_ELEMENTS) throw new Stop({ kind: 'tooManyElements', max: MAX_XML_ELEMENTS });
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...tag.attributes },
      children: [],
      line: parser.line,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('error', (error) => {
    throw new Stop({
      kind: 'malformed',
      line: parser.line,
      column: parser.column,
      message: withoutPosition(error.message, `${parser.line}:${parser.column}: `),
    });
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    throw error;
  }
  if (!root)
    return { ok: false, problem: { kind: 'malformed', line: 1, column: 1, message: 'no root element' } };
  return { ok: true, root };
}

/** saxes starts its messages with the position ("1:5: unclosed tag."): the problem has its own. */
function withoutPosition(message: string, prefix: string): string {
  return (message.startsWith(prefix) ? message.slice(prefix.length) : message).trim().slice(0, 200);
}
