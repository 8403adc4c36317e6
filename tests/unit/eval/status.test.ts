import { describe, expect, it } from 'vitest';
import {
  formatStatusSet,
  matchMention,
  readStatusGold,
  scoreStatus,
  StatusGoldDocumentSchema,
  type ExtractedDocument,
  type ExtractedMention,
  type StatusGoldDocument,
} from '../../../src/eval/status.ts';

// Made-up annotations and extractions, small enough to count by hand.
const SECTIONS = [
  '一批重大工程项目建成投运。大张高铁、郑太高铁等建成投运，全省铁路营运里程增加1161公里。',
  '开工建设晋衡高速榆次至昔阳段，加快推进左权县城至黎城\n下清泉段新建工程。总投资12.5亿元的“晋中大剧院”建成。',
  '实施晋中大剧院二期。',
];

const at = (section: number, surface: string, from = 0): Pick<ExtractedMention, 'sectionOrdinal' | 'start' | 'end' | 'surface'> => {
  const start = SECTIONS[section]!.indexOf(surface, from);
  if (start < 0) throw new Error(surface);
  return { sectionOrdinal: section, start, end: start + surface.length, surface };
};

const cue = (stage: 'planned' | 'started' | 'underway' | 'completed', word: string) => ({ stage, cue: word, ruleId: 'status.verb-before', start: 0, end: word.length });

const EXTRACTED: ExtractedDocument = {
  sections: SECTIONS,
  mentions: [
    { ...at(0, '大张高铁'), entityId: 'project:大张高铁', status: cue('completed', '建成投运') },
    // read as underway where the annotator reads completed
    { ...at(0, '郑太高铁'), entityId: 'project:郑太高铁', status: cue('underway', '推进') },
    { ...at(1, '晋衡高速榆次至昔阳段'), entityId: 'project:晋衡高速榆次至昔阳段', status: cue('started', '开工建设') },
    // no stage read where the annotator reads underway
    { ...at(1, '左权县城至黎城\n下清泉段新建工程'), entityId: 'project:左权县城至黎城下清泉段新建工程' },
    {
      ...at(1, '“晋中大剧院”'),
      entityId: 'project:晋中大剧院',
      status: cue('completed', '建成'),
      figures: [
        { measure: 'investment', value: 12.5, unit: '亿元', text: '总投资12.5亿元', start: 0, end: 9, ruleId: 'figure.keyword' },
        { measure: 'count', value: 3, unit: '座', text: '3座', start: 0, end: 2, ruleId: 'figure.unit' },
      ],
    },
    // the same name in another section, planned
    { ...at(2, '晋中大剧院'), entityId: 'project:晋中大剧院', status: cue('planned', '实施') },
  ],
};

const GOLD: StatusGoldDocument = {
  document: 'data/plans/made-up.txt',
  annotator: 'test',
  annotatedBeforeRules: true,
  mentions: [
    { surface: '大张高铁', passage: '大张高铁、郑太高铁等建成投运', status: 'completed', cue: '建成投运', figures: [] },
    { surface: '郑太高铁', passage: '大张高铁、郑太高铁等建成投运', status: 'completed', cue: '建成投运', figures: [] },
    { surface: '晋衡高速榆次至昔阳段', passage: '开工建设晋衡高速榆次至昔阳段', status: 'started', cue: '开工建设', figures: [] },
    { surface: '左权县城至黎城下清泉段新建工程', passage: '加快推进左权县城至黎城下清泉段新建工程', status: 'underway', cue: '加快推进', figures: [] },
    {
      surface: '晋中大剧院',
      passage: '总投资12.5亿元的“晋中大剧院”建成',
      status: 'none',
      cue: null,
      figures: [
        { measure: 'investment', value: 12.5, unit: '亿元', text: '总投资12.5亿元' },
        { measure: 'area', value: 2, unit: '万平方米', text: '2万平方米' },
      ],
    },
    { surface: '太焦高铁', passage: '太焦高铁建成通车', status: 'completed', cue: '建成通车', figures: [] },
  ],
};

describe('matchMention', () => {
  it('finds the mention by its surface in the section that holds the passage, whitespace and quote marks aside', () => {
    expect(matchMention(EXTRACTED, GOLD.mentions[3]!)?.entityId).toBe('project:左权县城至黎城下清泉段新建工程');
    const theatre = matchMention(EXTRACTED, GOLD.mentions[4]!);
    expect([theatre?.sectionOrdinal, theatre?.status?.stage]).toEqual([1, 'completed']);
  });

  it('prefers the mention inside the passage to another one of the same section', () => {
    const extracted: ExtractedDocument = {
      sections: ['建成太焦高铁。推进太焦高铁二期。'],
      mentions: [
        { entityId: 'project:太焦高铁', sectionOrdinal: 0, start: 2, end: 6, surface: '太焦高铁', status: cue('completed', '建成') },
        { entityId: 'project:太焦高铁', sectionOrdinal: 0, start: 9, end: 13, surface: '太焦高铁', status: cue('underway', '推进') },
      ],
    };
    expect(matchMention(extracted, { surface: '太焦高铁', passage: '推进太焦高铁二期', status: 'underway', figures: [] })?.start).toBe(9);
  });

  it('finds nothing where no section holds the passage', () => {
    expect(matchMention(EXTRACTED, GOLD.mentions[5]!)).toBeUndefined();
    expect(matchMention(EXTRACTED, { ...GOLD.mentions[0]!, passage: '大张高铁建成通车' })).toBeUndefined();
  });
});

describe('scoreStatus', () => {
  const score = scoreStatus([{ document: GOLD.document, gold: GOLD, extracted: EXTRACTED }]);

  it('counts the mentions the extractor did not find apart (coverage)', () => {
    expect([score.annotated, score.found]).toEqual([6, 5]);
    expect(score.notFound).toEqual([{ document: GOLD.document, surface: '太焦高铁', passage: '太焦高铁建成通车' }]);
  });

  it('scores stages: a wrong stage and a stage on none are false positives, none on a stage is a miss', () => {
    // predicted stages: completed (right), underway (wrong), started (right), completed on none (wrong)
    // annotated stages: completed, completed, started, underway
    expect(score.status).toEqual({ right: 2, predicted: 4, annotated: 4, precision: 0.5, recall: 0.5 });
    expect(score.byStage.completed).toEqual({ right: 1, predicted: 2, annotated: 2, precision: 0.5, recall: 0.5 });
    expect(score.byStage.underway).toEqual({ right: 0, predicted: 1, annotated: 1, precision: 0, recall: 0 });
    expect(score.byStage.planned).toEqual({ right: 0, predicted: 0, annotated: 0, precision: null, recall: null });
    expect(score.noneAgreed).toEqual({ agreed: 0, annotated: 1 });
    expect(score.disagreements.map((d) => [d.surface, d.gold, d.predicted])).toEqual([
      ['郑太高铁', 'completed', 'underway'],
      ['左权县城至黎城下清泉段新建工程', 'underway', 'none'],
      ['晋中大剧院', 'none', 'completed'],
    ]);
  });

  it('scores figures by value and unit exactly', () => {
    expect(score.figures).toEqual({ right: 1, predicted: 2, annotated: 2, precision: 0.5, recall: 0.5, measureAgrees: 1 });
  });

  it('prints the scores of a set, and the documents annotated after the rules ran', () => {
    const later = scoreStatus([{ document: GOLD.document, gold: { ...GOLD, annotatedBeforeRules: false }, extracted: EXTRACTED }]);
    const table = formatStatusSet('Status and figures, made up', later);
    expect(table).toContain('(1 documents, 6 annotated mentions)');
    expect(table).toContain('found by the extractor: 5 of 6');
    expect(table).toContain('all stages  0.50 (   2/4   ) 0.50 (   2/4   )');
    expect(table).toContain('annotated after the rules ran: data/plans/made-up.txt');
  });

  it('scores nothing for no documents', () => {
    expect(scoreStatus([]).status).toEqual({ right: 0, predicted: 0, annotated: 0, precision: null, recall: null });
  });
});

describe('status annotation files', () => {
  it('are checked against the format of the guidelines (figures default to none)', () => {
    const parsed = StatusGoldDocumentSchema.parse({
      document: 'corpus-dev/shanxi/made-up.txt',
      annotator: 'test',
      annotatedBeforeRules: true,
      mentions: [{ surface: '太焦高铁', passage: '太焦高铁建成通车', status: 'completed', cue: '建成通车' }],
    });
    expect(parsed.mentions[0]?.figures).toEqual([]);
    expect(StatusGoldDocumentSchema.safeParse({ ...parsed, mentions: [{ ...parsed.mentions[0], status: 'finished' }] }).success).toBe(false);
  });

  it('are none where the folder is missing', async () => {
    expect(await readStatusGold('dev', '/nonexistent/status')).toEqual([]);
  });
});
