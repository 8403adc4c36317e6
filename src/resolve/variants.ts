/*
 * The forms one thing takes, read by grammar rather than listed (ANNOTATION.md "One thing, many
 * forms"): abbreviated head words of parks, either order of a road's two ends, a road's segment
 * written into its name, and the two orders of a national road's number. Each rule maps a
 * normalised name to the one form all its variants share; names no rule fits stay as they are.
 */
import type { EntityType } from '../model/entity.ts';

/** Abbreviated head words of development areas and their full forms (综保区 = 综合保税区). */
const PARK_HEADS: ReadonlyArray<readonly [short: string, full: string]> = [
  ['经开区', '经济技术开发区'],
  ['高新区', '高新技术产业开发区'],
  ['综保区', '综合保税区'],
];

/** Head words of roads and railways, with the form they are written to (高速公路 → 高速). */
const ROAD_HEADS: ReadonlyArray<readonly [written: RegExp, head: string]> = [
  [/(?:高速公路|高速)$/, '高速'],
  [/(?:城际铁路|城际)$/, '城际铁路'],
  [/高铁$/, '高铁'],
  [/铁路$/, '铁路'],
  [/一级公路$/, '一级公路'],
  [/公路$/, '公路'],
];

/** 汾阳—石楼, 汾阳至石楼, 汾阳-石楼: the two ends of a road. */
const ENDS = /^([\u4e00-\u9fff]{2,6}?)(?:至|—|－|-|~|～)([\u4e00-\u9fff]{2,6}?)$/;

/** A segment written into a road's name: （孝义段）, 孝义段, 晋中段. */
const SEGMENT = /（[\u4e00-\u9fff]{1,8}段）|[\u4e00-\u9fff]{2,4}段$/;

/** The form a road's or railway's variants share: ends in text order of code points, head as above. */
function roadForm(name: string): string | undefined {
  for (const [written, head] of ROAD_HEADS) {
    const at = name.search(written);
    if (at <= 0) continue;
    const ends = ENDS.exec(name.slice(0, at).replace(SEGMENT, ''));
    if (!ends) return undefined;
    const [a, b] = [ends[1] ?? '', ends[2] ?? ''].sort();
    return `${a}至${b}${head}`;
  }
  return undefined;
}

/** 207国道 = 国道207: the number after the head word, as the national standard writes it. */
function nationalRoadForm(name: string): string | undefined {
  const m = /^(\d{3})国道$/.exec(name);
  return m ? `国道${m[1]}` : undefined;
}

/** The shared form of a normalised name's variants, or the name itself. */
export function variantForm(type: EntityType, name: string): string {
  if (type === 'PARK' || type === 'ZONE') {
    for (const [short, full] of PARK_HEADS) if (name.endsWith(short) && name.length > short.length) return name.slice(0, -short.length) + full;
    return name;
  }
  if (type === 'PROJECT') return nationalRoadForm(name) ?? roadForm(name) ?? name;
  return name;
}
