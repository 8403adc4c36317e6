import type { ExtractedText } from '../model/document.ts';
import { badInput } from './refuse.ts';

/** Word (.docx) text extraction: being written (issue 15); until then the file is refused with this reason. */
export function extractDocx(_bytes: Uint8Array, path: string): ExtractedText {
  throw badInput(path, 'Word (.docx) is not read yet');
}
