import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/contract/issues.js';
import { issueMessage } from '../../src/contract/messages-fr.js';
import { renderTexts } from '../../src/render/texts.js';

/** How a text's Markdown and helpers print (render/texts.ts), against a small metrics document. */
const metrics = {
  indicators: {
    public: { newArrivals: { total: 1959, women: { count: 880, total: 1959, percent: 45 } } },
    aids: { pacea: { amountCents: 5206900 } },
    labellisation: null,
    manual: { missing: null },
  },
};
const context = { year: 2025, territory: { name: 'Métropole Nord-Ouest', shortName: 'MNO' }, metrics };

function render(name: '09-seeph' | 'edito' | '11-historique' | '11-avenir-pro-periode', source: string) {
  const issues: Issue[] = [];
  const html = renderTexts({ [name]: { file: `2025/textes/${name}.md`, source } }, context, issues).blocks[name];
  return { html, issues };
}

describe('texts', () => {
  it('prints figures the French way by what their key says', () => {
    const { html, issues } = render(
      '09-seeph',
      '{{chiffre "indicators.public.newArrivals.total"}} ; {{chiffre "indicators.public.newArrivals.women"}} ; {{chiffre "indicators.aids.pacea.amountCents"}} ; {{annee}} {{annee_precedente}} {{territoire}} {{sigle}}',
    );
    expect(issues).toEqual([]);
    expect(html).toBe('<p>1\u202f959 ; 45\u202f% ; 52\u202f069\u00a0€ ; 2025 2024 Métropole Nord-Ouest MNO</p>\n');
  });

  it('keeps entities as written, prints headings as labels and a definition list as a timeline', () => {
    expect(render('09-seeph', '### Objectif :\n\n«&#8239;Avenir&nbsp;Pro&#8239;»').html).toBe('<p class="label">Objectif :</p>\n<p>«&#8239;Avenir&nbsp;Pro&#8239;»</p>\n');
    expect(render('11-historique', '2025\n: Loi.\n').html).toBe('<dl class="timeline">\n<dt>2025</dt>\n<dd>Loi.</dd>\n</dl>\n');
    expect(render('11-avenir-pro-periode', 'sur la période du 16 avril\n').html).toBe('sur la période du 16 avril');
  });

  it('never prints a comment, and escapes markup', () => {
    const { html } = render('09-seeph', '<!-- relu en 2025 -->\n\nTexte <b>gras</b> & "cité".');
    expect(html).toBe('<p>Texte &lt;b&gt;gras&lt;/b&gt; &amp; &quot;cité&quot;.</p>\n');
  });

  it('leaves out the paragraph or list item of a figure the year does not provide, with a warning at its line', () => {
    const { html, issues } = render('09-seeph', 'Ligne 1.\n{{chiffre "indicators.labellisation.score"}} et {{chiffre "indicators.manual.missing"}}.\n\nLigne 4.\n\n- un\n- {{chiffre "indicators.labellisation.score"}} jeunes\n- trois');
    expect(html).toBe('<p>Ligne 4.</p>\n<ul>\n<li>un</li>\n<li>trois</li>\n</ul>\n');
    expect(issues.map((issue) => [issue.code, issue.severity, issue.line])).toEqual([
      ['text.figure_missing', 'warning', 2],
      ['text.figure_missing', 'warning', 2],
      ['text.figure_missing', 'warning', 7],
    ]);
  });

  it('leaves out a heading whose paragraphs all held a missing figure, and keeps one the author left empty', () => {
    const { html } = render(
      '09-seeph',
      '### Le PPAE :\n\n{{chiffre "indicators.manual.missing"}} jeunes.\n\n### Vide :\n\n### PACEA :\n\nTexte.\n\n#### Détail\n\n{{chiffre "indicators.manual.missing"}} jeunes.\n\n### JSMJ :\n\n\n\n{{chiffre "indicators.manual.missing"}} jeunes.',
    );
    expect(html).toBe('<p class="label">Vide :</p>\n<p class="label">PACEA :</p>\n<p>Texte.</p>\n');
  });

  it('refuses a group of figures, a helper with a missing or extra argument, an unclosed {{', () => {
    const { issues } = render('09-seeph', '{{chiffre "indicators.public.newArrivals"}}\n{{chiffre}}\n{{annee "x"}}\n{{chiffre "a"');
    expect(issues.map((issue) => [issue.code, issue.line, issue.suggestion])).toEqual([
      ['text.not_a_figure', 1, 'indicators.public.newArrivals.total'],
      ['text.syntax', 2, undefined],
      ['text.syntax', 3, undefined],
      ['text.syntax', 4, undefined],
    ]);
  });

  it('shows the helper written when its key is missing: {{pays}} asks for {{pays "<clé>"}}', () => {
    const { issues } = render('09-seeph', '{{pays}}\n{{chiffre}}');
    expect(issues.map(issueMessage).map((message) => /\{\{\w+ "<clé>"\}\}/.exec(message)?.[0])).toEqual(['{{pays "<clé>"}}', '{{chiffre "<clé>"}}']);
  });

  it('renders a keyed text per item of this year’s list, with its relative figures', () => {
    const withActions = { ...context, metrics: { indicators: { programmes: { others: { seeph: { actions: [{ title: 'DuoDay', attendance: 12 }] } } } } } };
    const issues: Issue[] = [];
    const source = '## DuoDay\n\nBilan : {{chiffre ".attendance"}} DuoDay.\n\n## Job dating\n\n{{chiffre ".inconnu"}}\n';
    const rendered = renderTexts({ '09-seeph-actions': { file: '2025/textes/09-seeph-actions.md', source } }, withActions, issues);
    expect(rendered.entries['09-seeph-actions']).toEqual({ DuoDay: '<p>Bilan : 12 DuoDay.</p>\n' });
    // "Job dating" did not take place this year: its section is neither printed nor checked.
    expect(issues).toEqual([]);
    const outside: Issue[] = [];
    renderTexts({ '09-seeph': { file: '2025/textes/09-seeph.md', source: '{{chiffre ".attendance"}}' } }, context, outside);
    expect(outside.map((issue) => issue.code)).toEqual(['text.syntax']);
  });

  it('words each departure programme in one line, with its count and its countries; an empty country list leaves the data line', () => {
    // Seed 001: "2 en Service Civique International au Sénégal et en Côte d'Ivoire dans le cadre du
    // projet « SCI - Ambassadeurs »", "9 en stage « Erasmus + » de 3 mois (Espagne, Irlande, Malte et Portugal)".
    const byProgramme = [
      { programme: 'Service Civique International (SCI - Ambassadeurs)', count: 2, countries: ['Sénégal', "Côte d'Ivoire"] },
      { programme: "Stage Erasmus+ (Let's go pro)", count: 9, countries: ['Espagne', 'Irlande', 'Malte', 'Portugal'] },
      { programme: 'Stage Erasmus+ (ADICE)', count: 1, countries: [] },
      { programme: 'Chantier (Pays-Bas)', count: 3, countries: ['Pays-Bas', 'Malte', 'Maurice'] },
    ];
    const withDepartures = { ...context, metrics: { indicators: { internationalMobility: { departures: { total: 15, byProgramme } } } } };
    const source = [
      '## Service Civique International (SCI - Ambassadeurs)',
      '{{chiffre ".count"}} en Service Civique International {{pays ".countries"}} dans le cadre du projet «&#8239;SCI - Ambassadeurs&#8239;».',
      "## Stage Erasmus+ (Let's go pro)",
      '{{chiffre ".count"}} en stage «&#8239;Erasmus +&#8239;» de 3 mois ({{chiffre ".countries"}}).',
      '## Stage Erasmus+ (ADICE)',
      '{{chiffre ".count"}} en stage {{pays ".countries"}} avec l’ADICE.',
      '## Chantier (Pays-Bas)',
      '{{chiffre ".count"}} {{pays ".countries"}}.',
    ].join('\n');
    const issues: Issue[] = [];
    const rendered = renderTexts({ '08-mobilite-departs': { file: '2025/textes/08-mobilite-departs.md', source } }, withDepartures, issues);
    expect(rendered.entries['08-mobilite-departs']).toEqual({
      'Service Civique International (SCI - Ambassadeurs)': "2 en Service Civique International au Sénégal et en Côte d'Ivoire dans le cadre du projet «&#8239;SCI - Ambassadeurs&#8239;».",
      "Stage Erasmus+ (Let's go pro)": '9 en stage «&#8239;Erasmus +&#8239;» de 3 mois (Espagne, Irlande, Malte et Portugal).',
      'Chantier (Pays-Bas)': "3 aux Pays-Bas, à Malte et à l'île Maurice.",
    });
    // No country for the ADICE departure: its line is left out, so the template prints the data line.
    expect(issues.map((issue) => [issue.code, issue.line])).toEqual([['text.figure_missing', 6]]);
    const wrong: Issue[] = [];
    renderTexts({ '08-mobilite-departs': { file: '2025/textes/08-mobilite-departs.md', source: '## Chantier (Pays-Bas)\n{{pays ".count"}}' } }, withDepartures, wrong);
    expect(wrong.map((issue) => [issue.code, issue.line])).toEqual([['text.not_countries', 2]]);
  });

  it('prints the alternance workshop’s modules as a list without bullets, as seed 001 does; other lists keep theirs', () => {
    const source = '- Module 1 - Information\n- Module 2 - Formation\n';
    const issues: Issue[] = [];
    const { blocks } = renderTexts(
      { '05-alternance-atelier': { file: '2025/textes/05-alternance-atelier.md', source }, '10-pae-descriptif': { file: '2025/textes/10-pae-descriptif.md', source } },
      context,
      issues,
    );
    expect(issues).toEqual([]);
    expect(blocks['05-alternance-atelier']).toBe('<ul class="plain">\n<li>Module 1 - Information</li>\n<li>Module 2 - Formation</li>\n</ul>\n');
    expect(blocks['10-pae-descriptif']).toMatch(/^<ul>\n/);
  });

  it('prints the editorial title as the page title and the lines after the last --- as the signature', () => {
    const { html } = render('edito', '# Le mot du président\n\nTexte.\n\n---\n\n**Le Président**\n');
    expect(html).toBe('<h2 id="edito-titre">Le mot du président</h2>\n<p>Texte.</p>\n<div class="signature">\n<p><strong>Le Président</strong></p>\n</div>\n');
  });
});
