'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { requestContext } from '@/lib/auth/request-context';
import { requireUser } from '@/lib/auth/session';
import { deleteAttachment } from '@/lib/services/attachments/delete-attachment';

export type DeleteAttachmentState = { ok: true } | { ok: false; code: string } | null;

/**
 * Removes (soft-deletes) a document of a draft application. The attachment is loaded by
 * id and every condition — member of THAT application's NGO, DRAFT, before the deadline —
 * is checked by the service; nothing from the form is trusted.
 */
export async function deleteAttachmentAction(_previous: DeleteAttachmentState, formData: FormData): Promise<DeleteAttachmentState> {
  const attachmentId = formData.get('attachmentId');
  const actor = await requireUser('/ngo');
  if (typeof attachmentId !== 'string' || attachmentId.length === 0 || attachmentId.length > 64) return { ok: false, code: 'attachmentNotFound' };
  try {
    const result = await deleteAttachment(db, actor, { attachmentId }, await requestContext());
    if (!result.ok) return { ok: false, code: result.error.code };
    revalidatePath(`/ngo/applications/${result.applicationId}/attachments`);
    revalidatePath(`/ngo/applications/${result.applicationId}`);
    return { ok: true };
  } catch (error) {
    console.error('deleteAttachmentAction failed', error);
    return { ok: false, code: 'uploadFailed' };
  }
}
