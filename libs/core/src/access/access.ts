import { SetMetadata } from '@nestjs/common';

/** Who is calling: decoded from the access token by the API's auth guard. */
export interface Viewer {
  readonly userId: string;
  readonly role: 'SUPPLIER' | 'BUYER' | 'MODERATOR';
  readonly organizationId: string | null;
}

/** An HTTP request as the auth guard leaves it: the signed-in caller, if any. */
export interface RequestWithViewer {
  viewer?: Viewer | null;
}

export const ACCESS_METADATA = 'magmatch:access';

/** What an organisation does on the market; one organisation may do both (a die-caster buys ingot, sells castings and returns). */
export type Capability = 'SELL' | 'BUY';

/**
 * Who may call an operation: a member of an organisation that sells (SELLER) or buys (BUYER), whatever kind
 * of organisation it is, or a moderator of the association.
 */
export type AccessRole = 'SELLER' | 'BUYER' | 'MODERATOR';

/** `public`: anyone; a list: signed in and acting as one of them. Without a marker: any signed-in user. */
export type AccessRule = 'public' | readonly AccessRole[];

/** Anyone may call this operation, signed in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, 'public' satisfies AccessRule);

/** Only signed-in users acting as one of these may call this operation (SELLER: their organisation has SELL …). */
export const RequireRoles = (...roles: AccessRole[]) => SetMetadata(ACCESS_METADATA, roles satisfies AccessRule);
