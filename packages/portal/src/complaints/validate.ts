/**
 * The submit form's own checks, made of the API's schemas (`@shabaka/api/schemas`): the same limits and the same
 * phone, email and text rules the server applies. Imported by the form's lazy chunk only (zod and the phone
 * metadata stay out of the first load). Keyed like the server's field errors; values are catalog keys. The server
 * checks again: its answer wins.
 */
import { complaintSubmitInput, email, phone } from '@shabaka/api/schemas';
import type { TranslationKey } from '@shabaka/ui';
import { contactNeeded, MAX_PHOTOS, type Draft } from './model';

const fields = complaintSubmitInput.shape;

export function validateDraft(d: Draft): Record<string, TranslationKey> {
  const errors: Record<string, TranslationKey> = {};
  if (!fields.categoryId.safeParse(d.categoryId).success) errors.categoryId = 'complaints.error.field.categoryId';
  const description = fields.description.safeParse(d.description);
  if (!description.success)
    errors.description = description.error.issues.some((i) => i.code === 'too_big')
      ? 'complaints.error.field.descriptionTooLong'
      : 'complaints.error.field.description';
  if (!d.location && !d.address.trim()) errors.location = 'complaints.error.field.location';
  if (!fields.address.safeParse(d.address).success) errors.address = 'complaints.error.field.address';
  if (d.photos > MAX_PHOTOS) errors.photos = 'complaints.error.tooManyPhotos';
  const typedPhone = d.contact.phone.trim();
  const typedEmail = d.contact.email.trim();
  if (typedPhone && !phone.safeParse(typedPhone).success)
    errors['contact.phone'] = 'complaints.error.field.contact.phone';
  if (typedEmail && !email.safeParse(typedEmail).success)
    errors['contact.email'] = 'complaints.error.field.contact.email';
  const needed = contactNeeded(d.replyChannel);
  if (needed === 'email' && !typedEmail) errors['contact.email'] = 'complaints.error.contactRequired.email';
  if (needed === 'phone' && !typedPhone) errors['contact.phone'] = 'complaints.error.contactRequired.phone';
  return errors;
}
