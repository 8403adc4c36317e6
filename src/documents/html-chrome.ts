import { childElements, tagOf } from './html-blocks.ts';
import { tidyLine } from './line-writer.ts';

/**
 * Page furniture of Chinese government sites: what is around the article, never in it. Lines
 * of it that reach the article's container (an info bar under the title, a footer inside the
 * same table) are dropped by their words; a plan's own sentences never say these things in a
 * short line of their own.
 */
const CHROME_LINE = new RegExp(
  [
    '版权所有', 'copyright', '©', 'ICP备', 'ICP证', '公网安备', '网站标识码', '主办单位', '承办单位', '协办单位',
    '主办[：:]', '承办[：:]', '技术支持[：:]', '联系我们', '网站地图', '网站声明', '隐私声明', '关于我们', '返回顶部',
    '关闭窗口', '打印本页', '【打印】', '【关闭】', '【字体', '字号[：:]', '浏览次数', '阅读次数', '访问次数', '点击数[：:]',
    '分享到', '扫一扫', '责任编辑[：:]', '^上一篇', '^下一篇', '^相关(?:链接|文章|阅读|新闻|文件)', '发布(?:时间|日期)[：:]',
    '^(?:信息|文章)?来源[：:]', '^当前位置', '您(?:现在)?的?(?:所在)?位置[：:]', '^首页\\s*[>＞»›]',
  ].join('|'),
  'i',
);
/** Furniture comes in short lines; a long paragraph that mentions a copyright is prose. */
const MAX_CHROME_CHARS = 120;

export function isChromeLine(line: string): boolean {
  return line.length > 0 && line.length <= MAX_CHROME_CHARS && CHROME_LINE.test(line);
}

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'script', 'style', 'noscript', 'iframe']);
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|copyright|share|bdshare|fenxiang|toolbar|sidebar|related|relate|header|topbar|logo|search|login)(?:$|[\s_-])/i;

/**
 * Removes the furniture of a page by its tags and by the class or id names sites give it, for
 * the reader's own choice of the article (Readability has its own, better-weighted list).
 */
export function dropChromeElements(root: Element): void {
  for (const element of childElements(root)) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (CHROME_TAGS.has(tagOf(element)) || CHROME_NAME.test(names)) element.remove();
    else dropChromeElements(element);
  }
}

const TEXT_BLOCKS = 'p, div, li, dd, dt, td, th, span, font, section, h1, h2, h3, h4, h5, h6';

/**
 * Removes the elements inside an article whose whole text is a furniture line (an info bar, a
 * footer caught in the article's container), so that what is left can be judged as an article.
 */
export function dropChromeBlocks(root: Element): void {
  for (const element of [...root.querySelectorAll(TEXT_BLOCKS)]) {
    if (isChromeLine(tidyLine(element.textContent ?? '', false))) element.remove();
  }
}
