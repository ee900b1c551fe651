/** A file that cannot be read at all (not a workbook, not JSON, broken quoting): nothing in it is taken. */
export class FaqFileError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'FaqFileError';
  }
}
