import { describe, expect, it } from 'vitest';
import { describeFsError } from './describe-fs-error';
import { errnoError } from './faulty-fs.testing';

const file = '/home/amina/Copydesk/Drafts/2f1c/article.json';

describe('describeFsError', () => {
  it('says what happened, that the text is kept, and what to do, without jargon', () => {
    expect(describeFsError(errnoError('ENOSPC', 'write'), file)).toEqual({
      code: 'ENOSPC',
      message: 'Not saved: disk is full. Your text is kept and will be saved when space is free.',
    });
    expect(describeFsError(errnoError('EACCES', 'open'), file).message).toBe(
      'Not saved: Copydesk is not allowed to write to /home/amina/Copydesk/Drafts/2f1c. Your text is kept and saving will be retried; check the folder’s permissions or choose another drafts folder in Settings.',
    );
    expect(describeFsError(errnoError('EROFS', 'rename'), file).message).toMatch(/^Not saved: \/home\/amina\/Copydesk\/Drafts\/2f1c is on a read-only disk\./);
    expect(describeFsError(errnoError('ENOENT', 'open'), file).message).toMatch(/^Not saved: the folder .* is gone \(was a disk removed\?\)/);
    expect(describeFsError(errnoError('EPERM', 'rename'), file).code).toBe('EPERM');
  });

  it('names the file and says what went wrong in words, the code only for anything unknown, and copes with errors that are not errno errors', () => {
    expect(describeFsError(errnoError('ENAMETOOLONG', 'open'), file).message).toBe(
      `Not saved: writing ${file} failed: the name “article.json” is too long for the disk. Your text is kept and saving will be retried.`,
    );
    expect(describeFsError(errnoError('ESOMETHING', 'open'), file).message).toBe(`Not saved: writing ${file} failed: the system reported ESOMETHING for ${file}. Your text is kept and saving will be retried.`);
    expect(describeFsError(new Error('boom'), file)).toEqual({ code: 'unknown', message: `Not saved: writing ${file} failed (boom). Your text is kept and saving will be retried.` });
  });
});
