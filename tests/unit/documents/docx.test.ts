import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { extractDocx } from '../../../src/documents/docx.ts';
import { decodeDocument, readSource } from '../../../src/documents/read.ts';
import { preparePlan } from '../../../src/ingest/prepare.ts';
import { expectRefused } from './refusal.ts';

// Excerpts of the default documents: 晋中's 第三章 (data/plans/jinzhong-…txt lines 1007–1031)
// and a 专栏 of 孝义's enterprise projects (xiaoyi-…txt lines 1780–1791).
const CHAPTER = '第三章  推动创新发展，提高发展的质量和效益';
const CHAPTER_INTRO = ['主动适应和引领新常态，坚持把创新摆在发展全局的核心位置，努力建设', '创新型晋中', '，不断提升经济综合实力和区域竞争力。'];
const SECTION = '第一节  培育发展新动力';
const SECTION_INTRO = '发挥投资、消费、出口对经济增长的拉动作用，不断优化要素配置，释放新需求，创造新供给，推动新技术、新产业、新业态蓬勃发展。';
const ITEM = '一、调整投资结构';
const ITEM_TEXT = ['坚持推进供给侧结构性改革，严格控制“两高”和产能过剩行业盲目扩张。', '围绕培育和发展新兴产业，调整优化投资结构，提高投资的质量和效益。'];
const BOX = [
  '专栏：新型铝系化工重点项目',
  '山西信发化工有限公司年产 110 万吨轻质合金及配套项目；',
  '孝义市兴安化工有限公司年产 110 万吨（一期 55 万吨）高精铝材项目；',
  '孝义华庆铝业有限公司年产 15 万吨氢氧化铝项目。',
];
const AFTER_BOX = '二、促进消费升级';
const AFTER_BOX_TEXT = '加大政府对发展现代服务业的宏观引导和支持力度，增强居民消费的信心和动力，培育消费新热点。';
const TABLE_TITLE = '表1-1  晋中市“十二五”规划指标完成情况';
const TABLE = [
  ['指标名称', '2010年', '2015年'],
  ['地区生产总值（亿元）', '852.5', '1041.1'],
];

function paragraphs(lines: readonly string[]): Paragraph[] {
  return lines.map((line) => new Paragraph(line));
}

function oneCellTable(lines: readonly string[]): Table {
  return new Table({ rows: [new TableRow({ children: [new TableCell({ children: paragraphs(lines) })] })] });
}

function dataTable(rows: readonly string[][]): Table {
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) });
}

/** A Word file as an author writes one: heading styles, a heading that is only bold, a box drawn as a one-cell table. */
async function planDocx(): Promise<Uint8Array> {
  const document = new Document({
    footnotes: { 1: { children: [new Paragraph('“两高”指高耗能、高排放行业。')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: CHAPTER, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun(CHAPTER_INTRO[0]!), new TextRun({ text: CHAPTER_INTRO[1]!, bold: true }), new TextRun(CHAPTER_INTRO[2]!)] }),
          new Paragraph({ text: SECTION, heading: HeadingLevel.HEADING_2 }),
          new Paragraph(SECTION_INTRO),
          new Paragraph({ children: [new TextRun({ text: ITEM, bold: true })] }),
          new Paragraph({ children: [new TextRun(ITEM_TEXT[0]!), new FootnoteReferenceRun(1), new TextRun({ text: ITEM_TEXT[1]!, break: 1 })] }),
          oneCellTable(BOX),
          new Paragraph({ children: [new TextRun({ text: AFTER_BOX, bold: true })] }),
          new Paragraph(AFTER_BOX_TEXT),
          new Paragraph(''),
          new Paragraph(TABLE_TITLE),
          dataTable(TABLE),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plangraph-docx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Word reader', () => {
  it('writes each heading, paragraph, box line and table row on a line of its own', async () => {
    const { text, encoding, pageStarts } = await extractDocx(await planDocx(), 'plan.docx');
    expect(encoding).toBeUndefined();
    expect(pageStarts).toBeUndefined();
    expect(text.split('\n')).toEqual([
      CHAPTER,
      CHAPTER_INTRO.join(''),
      SECTION,
      SECTION_INTRO,
      ITEM,
      // The footnote mark is gone from the sentence; the line break (Shift+Enter) is a line break.
      ITEM_TEXT[0],
      ITEM_TEXT[1],
      ...BOX,
      // A box drawn as a table ends with two blank lines: the normaliser closes the box there.
      '',
      '',
      AFTER_BOX,
      AFTER_BOX_TEXT,
      // The author's empty paragraph stays a blank line.
      '',
      TABLE_TITLE,
      ...TABLE.map((cells) => cells.join('\t')),
      '',
      '',
      // Footnotes come at the end, as mammoth places them.
      '“两高”指高耗能、高排放行业。',
      '',
    ]);
  });

  it('gives the pipeline the structure of the document: chapter, section, item, the box and what follows it', async () => {
    const source = await decodeDocument(await planDocx(), 'plan.docx', 'docx');
    expect(source.format).toBe('docx');
    expect(source.encoding).toBe('binary');
    const sections = preparePlan(source).sections;
    // Titles as the normaliser writes them: a run of spaces is one.
    expect(sections.map((s) => `${s.kind} ${s.title}`)).toEqual([
      'root plan',
      'chapter 第三章 推动创新发展，提高发展的质量和效益',
      'section 第一节 培育发展新动力',
      `item ${ITEM}`,
      `box ${BOX[0]}`,
      `item ${AFTER_BOX}`,
      'table 表1-1 晋中市“十二五”规划指标完成情况',
    ]);
    const box = sections.find((s) => s.kind === 'box');
    // The box holds its items and nothing after them (the normaliser drops spaces in Chinese text).
    const withoutSpaces = (line: string): string => line.replace(/ /g, '');
    expect(box?.text.split('\n')).toEqual(BOX.map(withoutSpaces));
  });

  it('is chosen by the .docx extension', async () => {
    const path = join(dir, 'plan.docx');
    await writeFile(path, await planDocx());
    const source = await readSource(path);
    expect(source.format).toBe('docx');
    expect(source.text.startsWith(`${CHAPTER}\n`)).toBe(true);
  });
});

describe('the Word reader refuses what is not a readable .docx, naming the file', () => {
  const ole2 = (stream: string): Uint8Array =>
    new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(512)]));

  it('random bytes', async () => {
    let seed = 15;
    const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    await expectRefused(extractDocx(bytes, 'random.docx'), 'random.docx', /not a readable Word \.docx file \(not a zip archive\)/);
  });

  it('a PDF saved with a .docx name', async () => {
    await expectRefused(extractDocx(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n'), 'report.docx'), 'report.docx', /not a zip archive: the bytes are a PDF document/);
  });

  it('a truncated download', async () => {
    const whole = await planDocx();
    await expectRefused(extractDocx(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.docx'), 'cut.docx', /not a readable Word \.docx file \(the zip archive is truncated or damaged\)/);
  });

  it('a zip archive without word/document.xml', async () => {
    const renamed = Buffer.from(Buffer.from(await planDocx()).toString('latin1').replaceAll('word/document.xml', 'word/documenx.xml'), 'latin1');
    await expectRefused(extractDocx(new Uint8Array(renamed), 'other.docx'), 'other.docx', /without word\/document\.xml/);
  });

  it('a password-protected .docx (OLE2 holding an EncryptedPackage)', async () => {
    await expectRefused(extractDocx(ole2('EncryptedPackage'), 'secret.docx'), 'secret.docx', /encrypted \(password-protected\)/);
  });

  it('a legacy .doc named .docx, and any other OLE2 file', async () => {
    await expectRefused(extractDocx(ole2('WordDocument'), 'old.docx'), 'old.docx', /legacy Word \.doc file with a \.docx name/);
    await expectRefused(extractDocx(ole2('Workbook'), 'sheet.docx'), 'sheet.docx', /an OLE2 compound file/);
  });

  it('a document without text', async () => {
    const empty = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })));
    await expectRefused(extractDocx(empty, 'blank.docx'), 'blank.docx', /holds no text/);
  });

  it('through readSource, with the path as given', async () => {
    const path = join(dir, 'broken.docx');
    await writeFile(path, 'PK\u0003\u0004 not really a zip');
    await expectRefused(readSource(path), path, /not a readable Word \.docx file/);
  });
});
