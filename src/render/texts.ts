import markdownIt, { type MarkdownIt } from 'markdown-it';
import deflist from 'markdown-it-deflist';
import type { IssueSink } from '../contract/issues.js';
import { EDITORIAL_BLOCK, INLINE_TEXT_BLOCKS, type TextBlock } from '../contract/texts.js';
import type { YearTexts } from '../load/texts.js';
import { expandTexts, type TextContext } from './text-helpers.js';

/**
 * The year's texts as HTML: `{{ }}` helpers replaced first (render/text-helpers.ts, so an error
 * names its line), then Markdown rendered by markdown-it with raw HTML off (a `<script>` prints as text), no images
 * (rendering loads nothing), entities kept as written (`&nbsp;`, `&#8239;`: the report's own
 * markup). Section texts print their headings as the report's bold labels and a definition
 * list as a timeline; the editorial prints its `#` title as the page title and what follows
 * its last `---` line as the signature block.
 */
export interface RenderedTexts {
  blocks: Partial<Record<TextBlock, string>>;
  /** Texts by export label (one `## <label>` section per item of a list of the metrics). */
  entries: Partial<Record<TextBlock, Record<string, string>>>;
}

/** Lists printed without bullets, as the published report prints them (seed 001's four modules). */
const PLAIN_LIST_BLOCKS: readonly TextBlock[] = ['05-alternance-atelier'];

type RenderEnv = { editorial: boolean; plainLists?: boolean } & Record<string, unknown>;

const markdown = createMarkdown();

function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false }).use(deflist);
  md.disable('image');
  // Entities stay separate tokens, printed as written: "&nbsp;" stays "&nbsp;", not a raw U+00A0.
  md.core.ruler.disable('text_join');
  const rules = md.renderer.rules;
  rules.text_special = (tokens, index) => {
    const token = tokens[index]!;
    return token.info === 'entity' ? token.markup : md.utils.escapeHtml(token.content);
  };
  rules.heading_open = (tokens, index, _options, env) => {
    const level = Number(tokens[index]!.tag.slice(1));
    if (env?.editorial === true) return level === 1 ? '<h2 id="edito-titre">' : '<h3>';
    return '<p class="label">';
  };
  rules.heading_close = (tokens, index, _options, env) => {
    if (env?.editorial === true) return Number(tokens[index]!.tag.slice(1)) === 1 ? '</h2>\n' : '</h3>\n';
    return '</p>\n';
  };
  rules.dl_open = () => '<dl class="timeline">\n';
  rules.bullet_list_open = (tokens, index, options, env, self) =>
    env?.plainLists === true ? '<ul class="plain">\n' : self.renderToken(tokens, index, options);
  return md;
}

/** The editorial: body, then the signature block after its last `---` line (preceded by a blank line). */
function renderEditorial(source: string): string {
  const lines = source.split('\n');
  let split = -1;
  for (let index = lines.length - 1; index > 0; index--) {
    if (/^\s*---\s*$/.test(lines[index]!) && lines[index - 1]!.trim() === '') {
      split = index;
      break;
    }
  }
  const env: RenderEnv = { editorial: true };
  if (split < 0) return markdown.render(source, env);
  const body = markdown.render(lines.slice(0, split).join('\n'), env);
  const signature = markdown.render(lines.slice(split + 1).join('\n'), env);
  return `${body}<div class="signature">\n${signature}</div>\n`;
}

export function renderTexts(texts: YearTexts, context: TextContext, issues: IssueSink): RenderedTexts {
  const expanded = expandTexts(texts, context, issues);
  const rendered: RenderedTexts = { blocks: {}, entries: {} };
  for (const [name, source] of Object.entries(expanded.blocks) as [TextBlock, string][]) {
    const env: RenderEnv = { editorial: false, plainLists: PLAIN_LIST_BLOCKS.includes(name) };
    if (name === EDITORIAL_BLOCK) rendered.blocks[name] = renderEditorial(source);
    else if (INLINE_TEXT_BLOCKS.includes(name)) rendered.blocks[name] = markdown.renderInline(source.trim(), env);
    else rendered.blocks[name] = markdown.render(source, env);
  }
  for (const [name, sections] of Object.entries(expanded.entries) as [TextBlock, Record<string, string>][]) {
    const inline = INLINE_TEXT_BLOCKS.includes(name);
    const entries: Record<string, string> = {};
    for (const [label, source] of Object.entries(sections)) {
      const env: RenderEnv = { editorial: false };
      entries[label] = inline ? markdown.renderInline(source.trim(), env) : markdown.render(source, env);
    }
    rendered.entries[name] = entries;
  }
  return rendered;
}
