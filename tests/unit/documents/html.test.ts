import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';

import { declaredCharset } from '../../../src/documents/html-charset.ts';
import { densestBlockLines } from '../../../src/documents/html-density.ts';
import { extractHtml } from '../../../src/documents/html.ts';
import { decodeDocument } from '../../../src/documents/read.ts';
import { preparePlan } from '../../../src/ingest/prepare.ts';
import { expectRefused } from './refusal.ts';

// The article is an excerpt of 晋中's plan (data/plans/jinzhong-…txt lines 1037–1043, 1030–1031)
// as a government site publishes it; the page around it is shaped like those sites' pages.
const TITLE = '晋中市国民经济和社会发展第十三个五年规划纲要';
const SECTION = '第二节　拓展发展新空间';
const INTRO = '按照“一区两翼”格局，优化拓展区域发展空间，建设和拓展多层次、立体化的网络经济空间和基础设施空间，为发展提供新支撑。';
const ITEM = '一、拓展区域发展空间';
const ITEM_TEXT = [
  '深化太原晋中同城化战略，完善“一区两翼”空间发展布局。',
  '推进108廊带区域一体化发展示范区建设，实现产业一体化布局、生态一体化修复、交通一体化规划。',
];
const BOX = ['专栏：实施创新创业孵化基地建设', '配套完善山西高校新校区创新创业实训教学体系，设立创业孵化基地、创业实习示范基地或众创空间。'];
const AFTER_BOX = '在东山五县实施差异化发展战略，重点打造太行山休闲旅游度假区。';
const TABLE = [
  ['指标名称', '2010年', '2015年'],
  ['地区生产总值（亿元）', '852.5', '1041.1'],
];

/** Chinese pages indent paragraphs with ideographic spaces (and separate info-bar fields with them). */
const FULL_WIDTH_SPACE = '\u3000';

const CHROME = ['晋中市人民政府门户网站', '政务公开', '互动交流', '当前位置', '发布时间', '来源：', '浏览次数', '分享到', '打印', '版权所有', '主办单位', 'ICP备', '公网安备', '联系我们', '网站地图', '_hmt', 'color:'];

function governmentPage(charset: string): string {
  return `<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${TITLE}_规划计划_晋中市人民政府</title>
<style>.nav li { float: left; color: #fff }</style>
<script>var _hmt = _hmt || [];</script>
</head><body>
<div class="header"><div class="logo"><h1>晋中市人民政府门户网站</h1></div>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a></div>
<div class="main"><div class="article">
  <h1 class="article-title">${TITLE}</h1>
  <div class="info">发布时间：2016-05-20${FULL_WIDTH_SPACE}${FULL_WIDTH_SPACE}来源：晋中市发展和改革委员会${FULL_WIDTH_SPACE}${FULL_WIDTH_SPACE}浏览次数：1024${FULL_WIDTH_SPACE}<a href="javascript:window.print()">【打印】</a></div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  <div class="TRS_Editor" id="zoom">
    <p style="text-align:center"><strong>${SECTION}</strong></p>
    <p>&nbsp;&nbsp;&nbsp;&nbsp;${INTRO}</p>
    <p>${FULL_WIDTH_SPACE}${FULL_WIDTH_SPACE}<strong>${ITEM}</strong></p>
    <p>${FULL_WIDTH_SPACE}${FULL_WIDTH_SPACE}${ITEM_TEXT[0]}<br>
${FULL_WIDTH_SPACE}${FULL_WIDTH_SPACE}${ITEM_TEXT[1]}</p>
    <table border="1" width="100%"><tr><td>${BOX.map((line) => `<p>${line}</p>`).join('')}</td></tr></table>
    <p>${FULL_WIDTH_SPACE}${FULL_WIDTH_SPACE}${AFTER_BOX}</p>
    <table border="1">${TABLE.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>
  </div>
</div></div>
<div class="footer">
  <p>版权所有：晋中市人民政府办公厅${FULL_WIDTH_SPACE}主办单位：晋中市人民政府办公厅</p>
  <p>晋ICP备05003456号${FULL_WIDTH_SPACE}晋公网安备 14070202000123号</p>
  <p><a href="#">联系我们</a> | <a href="#">网站地图</a></p>
  <script>document.write('<span>统计</span>');</script>
</div>
</body></html>`;
}

const EXPECTED = [TITLE, SECTION, INTRO, ITEM, ...ITEM_TEXT, ...BOX, '', '', AFTER_BOX, ...TABLE.map((row) => row.join('\t'))];

describe('the web page reader', () => {
  it('keeps the article, title first, one block per line, and nothing of the page around it (UTF-8)', () => {
    const { text, encoding } = extractHtml(new TextEncoder().encode(governmentPage('utf-8')), 'page.html');
    expect(encoding).toBe('utf-8');
    expect(text.split('\n')).toEqual([...EXPECTED, '']);
    for (const chrome of CHROME) expect(text, chrome).not.toContain(chrome);
  });

  it("gives the plan the article's title, and its sections", async () => {
    const plan = preparePlan(await decodeDocument(new TextEncoder().encode(governmentPage('utf-8')), 'page.html', 'html'));
    expect(plan.meta.title).toBe(TITLE);
    expect(plan.meta.kind).toBe('five-year-plan');
    expect(plan.sections.filter((s) => s.kind !== 'root').map((s) => `${s.kind} ${s.title}`)).toEqual(['section 第二节 拓展发展新空间', `item ${ITEM}`, `box ${BOX[0]}`]);
    // The box ends with its table: the paragraph after it is the item's again.
    expect(plan.sections.find((s) => s.kind === 'item')?.text).toContain(AFTER_BOX);
  });

  it('reads a page in GBK that declares gb2312, as GB18030', () => {
    const bytes = new Uint8Array(iconv.encode(governmentPage('gb2312'), 'gbk'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { text, encoding } = extractHtml(bytes, 'page.htm');
    expect(encoding).toBe('gb18030');
    expect(text.split('\n')).toEqual([...EXPECTED, '']);
  });

  it('honours a byte order mark over the declaration, and a declaration over the guess', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(governmentPage('gb2312'))]);
    expect(extractHtml(withBom, 'bom.html').encoding).toBe('utf-8-bom');
    const undeclared = new Uint8Array(iconv.encode(governmentPage('gb2312').replace(/<meta http-equiv[^>]*>/, ''), 'gb18030'));
    expect(extractHtml(undeclared, 'undeclared.html').encoding).toBe('gb18030');
  });

  it('reads a page re-saved as UTF-8 that still declares gb2312 as UTF-8', () => {
    const { text, encoding } = extractHtml(new TextEncoder().encode(governmentPage('gb2312')), 'resaved.html');
    expect(encoding).toBe('utf-8');
    expect(text.split('\n')[0]).toBe(TITLE);
  });

  it('finds the declared charset in either form of <meta>', () => {
    const ascii = (html: string): Uint8Array => new TextEncoder().encode(html);
    expect(declaredCharset(ascii('<head><meta charset="GBK"></head>'))).toBe('gb18030');
    expect(declaredCharset(ascii('<meta http-equiv="content-type" content="text/html;charset=utf-8" />'))).toBe('utf-8');
    expect(declaredCharset(ascii("<meta content='text/html; charset=big5' http-equiv='Content-Type'>"))).toBe('big5');
    expect(declaredCharset(ascii('<p>charset=gbk is only text here</p>'))).toBeNull();
  });

  it('refuses a page with no article text, and bytes that are not a web page', async () => {
    const chromeOnly = `<html><head><title>晋中市人民政府</title></head><body>
      <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>
      <div class="footer"><p>版权所有：晋中市人民政府办公厅</p><p>晋ICP备05003456号</p></div></body></html>`;
    await expectRefused(() => extractHtml(new TextEncoder().encode(chromeOnly), 'empty.html'), 'empty.html', /no article text in the web page/);
    await expectRefused(() => extractHtml(new TextEncoder().encode('%PDF-1.4\n'), 'saved.html'), 'saved.html', /binary content \(PDF document\), not a web page/);
  });
});

describe("the reader's own choice of the article", () => {
  it('takes the container with the most text outside links, without the menus beside it', () => {
    const { document } = parseHTML(`<html><body><table><tr>
      <td class="left"><a href="/a">部门动态</a><br><a href="/b">县区动态</a><br><a href="/c">公示公告</a><br><a href="/d">政策解读</a></td>
      <td class="right"><div><p>${INTRO}</p><p>${ITEM}</p><p>${ITEM_TEXT[0]}</p></div></td>
    </tr></table><div id="footer">版权所有：晋中市人民政府办公厅</div></body></html>`);
    expect(densestBlockLines(document)).toEqual([INTRO, ITEM, ITEM_TEXT[0]]);
  });
});
