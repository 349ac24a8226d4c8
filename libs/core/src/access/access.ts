import { SetMetadata } from '@nestjs/common';

/** Who is calling: decoded from the access token by the API's auth guard. */
export interface Viewer {
  readonly userId: string;
  readonly role: 'SUPPLIER' | 'BUYER' | 'MODERATOR';
  readonly organizationId: string | null;
}

export const ACCESS_METADATA = 'magmatch:access';

/** `public`: anyone; a role list: signed in with one of them. Without a marker: any signed-in user. */
export type AccessRule = 'public' | readonly Viewer['role'][];

/** Anyone may call this operation, signed in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, 'public' satisfies AccessRule);

/** Only signed-in users with one of these roles may call this operation. */
export const RequireRoles = (...roles: Viewer['role'][]) => SetMetadata(ACCESS_METADATA, roles satisfies AccessRule);
