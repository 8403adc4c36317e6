import type { ExtractedText } from '../model/document.ts';
import { badInput } from './refuse.ts';

/** HTML text extraction: being written (issue 15); until then the file is refused with this reason. */
export function extractHtml(_bytes: Uint8Array, path: string): ExtractedText {
  throw badInput(path, 'HTML is not read yet');
}
