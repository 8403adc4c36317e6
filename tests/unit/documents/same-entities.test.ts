import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';

import { PROJECT_ROOT } from '../../../src/config.ts';
import { loadManifest, type ManifestEntry } from '../../../src/documents/manifest.ts';
import { decodeDocument } from '../../../src/documents/read.ts';
import { buildPlan, type PlanBuild } from '../../../src/ingest/pipeline.ts';
import { loadResources, type PipelineResources } from '../../../src/ingest/resources.ts';
import type { SourceFormat } from '../../../src/model/document.ts';
import { matchHeading } from '../../../src/normalize/headings.ts';

/**
 * One excerpt of a default document, 晋中's 第三章 (data/plans/jinzhong-…txt lines 1007–1329:
 * six 节, numbered items, thirteen 专栏 boxes), read as the .txt it is and as the same paragraphs
 * written as a Word file, a web page and a Markdown file, as their authors would write them
 * (headings as headings, each box as a one-cell table or a quote). The readers must give the
 * pipeline the same blocks: the same sections and the same entities.
 */
const FILE = 'jinzhong-13th-five-year-plan-2016-2020.txt';
const FIRST_LINE = 1007;
const LAST_LINE = 1329;

type Block = { kind: 'chapter' | 'section' | 'paragraph'; text: string } | { kind: 'box'; lines: string[] };

/** The normalised paragraphs of the .txt reading, each box's lines (heading to last item) grouped. */
function blocksOf(build: PlanBuild): Block[] {
  const { text } = build.plan.normalized;
  const boxes = build.plan.sections.filter((section) => section.kind === 'box').map((section) => section.extent);
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const box = boxes.find((extent) => start >= extent.start && start < extent.end);
    const last = blocks[blocks.length - 1];
    if (box && start === box.start) blocks.push({ kind: 'box', lines: [line] });
    else if (box && last?.kind === 'box') last.lines.push(line);
    else {
      const heading = matchHeading(line);
      blocks.push({ kind: heading?.kind === 'chapter' || heading?.kind === 'section' ? heading.kind : 'paragraph', text: line });
    }
  }
  return blocks;
}

async function asDocx(blocks: readonly Block[]): Promise<Uint8Array> {
  const children = blocks.map((block) => {
    if (block.kind === 'box') return new Table({ rows: [new TableRow({ children: [new TableCell({ children: block.lines.map((line) => new Paragraph(line)) })] })] });
    if (block.kind === 'paragraph') return new Paragraph(block.text);
    return new Paragraph({ text: block.text, heading: block.kind === 'chapter' ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function asHtml(blocks: readonly Block[], title: string): Uint8Array {
  const body = blocks.map((block) => {
    if (block.kind === 'box') return `<table border="1"><tr><td>${block.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}</td></tr></table>`;
    const tag = block.kind === 'chapter' ? 'h2' : block.kind === 'section' ? 'h3' : 'p';
    return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
  });
  return new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}_规划计划_晋中市人民政府</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div><div class="position">当前位置：首页 &gt; 政务公开 &gt; 规划计划</div>
<div class="article"><h1>${escapeHtml(title)}</h1><div class="content">
${body.join('\n')}
</div></div><div class="footer">版权所有：晋中市人民政府办公厅 晋ICP备05003456号</div></body></html>`);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/^([#+\->]|\d+[.)]\s)/, '\\$1');
}

function asMarkdown(blocks: readonly Block[]): Uint8Array {
  const parts = blocks.map((block) => {
    if (block.kind === 'box') return block.lines.map((line) => `> ${escapeMarkdown(line)}`).join('\n>\n');
    const mark = block.kind === 'chapter' ? '## ' : block.kind === 'section' ? '### ' : '';
    return `${mark}${escapeMarkdown(block.text)}`;
  });
  return new TextEncoder().encode(`${parts.join('\n\n')}\n`);
}

function entitiesOf(build: PlanBuild): string[] {
  return [...new Set(build.graph.entities.map((entity) => `${entity.type} ${entity.name}`))].sort();
}

/** Each section with its own text: a block boundary lost or added shows here first. */
function sectionsOf(build: PlanBuild): string[] {
  return build.plan.sections.filter((section) => section.kind !== 'root').map((section) => `${section.kind} ${section.title}\n${section.text}`);
}

let resources: PipelineResources;
let manifestEntry: ManifestEntry | undefined;
let fromText: PlanBuild;
let blocks: Block[];

async function build(bytes: Uint8Array, name: string, format: SourceFormat): Promise<PlanBuild> {
  return buildPlan(await decodeDocument(bytes, name, format), resources, manifestEntry);
}

beforeAll(async () => {
  resources = loadResources();
  manifestEntry = (await loadManifest(path.join(PROJECT_ROOT, 'data', 'plans'))).plans[FILE];
  const lines = readFileSync(path.join(PROJECT_ROOT, 'data', 'plans', FILE), 'utf8').split('\n');
  fromText = await build(new TextEncoder().encode(`${lines.slice(FIRST_LINE - 1, LAST_LINE).join('\n')}\n`), 'excerpt.txt', 'text');
  blocks = blocksOf(fromText);
}, 60_000);

describe('the same excerpt as .txt, .docx, .html and .md', () => {
  it('is a real excerpt: a chapter, its sections, boxes and entities of every kind the text has', () => {
    expect(blocks.filter((block) => block.kind === 'chapter')).toHaveLength(1);
    expect(blocks.filter((block) => block.kind === 'section').length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((block) => block.kind === 'box').length).toBeGreaterThanOrEqual(10);
    expect(new Set(fromText.graph.entities.map((entity) => entity.type))).toEqual(new Set(['REGION', 'ZONE', 'PARK', 'ENTERPRISE', 'PROJECT', 'POLICY']));
  });

  it('gives the same sections and entities from Word', async () => {
    const docx = await build(await asDocx(blocks), 'excerpt.docx', 'docx');
    expect(sectionsOf(docx)).toEqual(sectionsOf(fromText));
    expect(entitiesOf(docx)).toEqual(entitiesOf(fromText));
  });

  it('gives the same sections and entities from a web page', async () => {
    const first = blocks[0];
    const html = await build(asHtml(blocks, first && first.kind !== 'box' ? first.text : ''), 'excerpt.html', 'html');
    expect(sectionsOf(html)).toEqual(sectionsOf(fromText));
    expect(entitiesOf(html)).toEqual(entitiesOf(fromText));
  });

  it('gives the same sections and entities from Markdown', async () => {
    const markdown = await build(asMarkdown(blocks), 'excerpt.md', 'markdown');
    expect(sectionsOf(markdown)).toEqual(sectionsOf(fromText));
    expect(entitiesOf(markdown)).toEqual(entitiesOf(fromText));
  });
});
