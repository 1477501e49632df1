// Minifies the text of Lit's `html` and `css` tagged templates in the script-tag files, which a
// JavaScript minifier leaves as written: the indentation of every template and the comments and
// spacing of every stylesheet. Parsed with the TypeScript compiler (no regular expressions over
// source), and only the literal text between `${…}` is touched, so every binding stays where it was.
//
// - `html`: a run of whitespace that holds a line break becomes one space. HTML renders a run of
//   whitespace as one space, so the meaningful whitespace (a space between two inline elements)
//   stays; nothing here renders preformatted text.
// - `css`: comments go, runs of whitespace become one space, and the space around `{`, `}`, `;` and
//   `,` goes. Spaces before `:` stay (a descendant `:hover` differs from `a:hover`).
import ts from 'typescript';

const HTML = (text) => text.replace(/\s*\n\s*/g, ' ');
const CSS = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1');

/** The source with the literal parts of every `html` and `css` template minified. */
export function minifyTemplates(source, fileName = 'module.ts') {
  if (!/\b(html|css)`/.test(source)) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edits = [];
  const literal = (node, open, close, minify) => {
    const start = node.getStart(file) + open;
    const end = node.getEnd() - close;
    const before = source.slice(start, end);
    const after = minify(before);
    if (after !== before) edits.push([start, end, after]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const minify = node.tag.text === 'html' ? HTML : CSS;
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) literal(t, 1, 1, minify);
      else {
        literal(t.head, 1, 2, minify);
        t.templateSpans.forEach((span, i) => literal(span.literal, 1, i === t.templateSpans.length - 1 ? 1 : 2, minify));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The Vite (rolldown) plugin: applied to the library's own TypeScript, before it is compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'fit-note-widgets:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
      const out = minifyTemplates(code, id);
      return out === code ? null : { code: out, map: null };
    },
  };
}
