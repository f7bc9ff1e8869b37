// markdown-it-deflist ships no types: a plugin is a function of the markdown-it instance.
declare module 'markdown-it-deflist' {
  import type { MarkdownIt } from 'markdown-it';
  const deflist: (md: MarkdownIt) => void;
  export default deflist;
}
