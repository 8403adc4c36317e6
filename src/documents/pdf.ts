import type { ExtractedText } from '../model/document.ts';
import { badInput } from './refuse.ts';

/** PDF text extraction: being written (issue 15); until then a PDF is refused with this reason. */
export function extractPdf(_bytes: Uint8Array, path: string): Promise<ExtractedText> {
  return Promise.reject(badInput(path, 'PDF is not read yet'));
}
