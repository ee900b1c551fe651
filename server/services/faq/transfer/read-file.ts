import {
  FaqFileError,
  readFaqFile,
  type FaqFileContents,
  type FaqFileFormat,
} from '../../../../knowledge/io/index.ts';
import { ServiceError } from '../../errors.ts';

/** The file's entries and invalid rows; a file that cannot be read at all is the caller's error. */
export async function readImportFile(
  bytes: Uint8Array,
  format: FaqFileFormat,
): Promise<FaqFileContents> {
  try {
    return await readFaqFile(bytes, format);
  } catch (error) {
    if (error instanceof FaqFileError) throw new ServiceError('invalid_input', error.message);
    throw error;
  }
}
