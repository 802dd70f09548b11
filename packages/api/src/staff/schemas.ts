import { COMMUNE_ROLES } from '@shabaka/db/enums';
import { z } from 'zod';
import { email } from '../auth';

export const grantInput = z.object({ email, role: z.enum(COMMUNE_ROLES) });
export const revokeInput = z.object({ userId: z.uuid(), role: z.enum(COMMUNE_ROLES) });
