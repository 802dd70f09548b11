import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Text in the network's three languages; every user-facing name is stored this way. */
export type Localized = { ar: string; fr: string; es: string };

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export const COMMUNE_ROLES = ['agent', 'department_head', 'moderator', 'commune_admin'] as const;
export type CommuneRole = (typeof COMMUNE_ROLES)[number];
export const NETWORK_ROLES = ['coordinator', 'network_admin'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];
export const LANGUAGES = ['ar', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export type CommuneTheme = { primary: string; secondary: string; accent: string };
/** Per-commune settings; later domains add their own keys (clocks, thresholds…). */
export type CommuneSettings = Record<string, unknown>;

export interface NetworkTable {
  id: string;
  names: Json<Localized>;
  chairCommuneId: string | null;
  createdAt: Generated<Date>;
}

export interface CommuneTable {
  id: Generated<string>;
  slug: string;
  names: Json<Localized>;
  lat: number;
  lon: number;
  population: number;
  populationSource: string;
  region: string;
  defaultLanguage: Language;
  languages: Json<Language[]>;
  theme: Json<CommuneTheme>;
  modules: Json<string[]>;
  settings: Json<CommuneSettings>;
  createdAt: Generated<Date>;
}

export interface PartnerTable {
  id: Generated<string>;
  slug: string;
  names: Json<Localized>;
  kind: 'town' | 'organisation';
  country: string;
  createdAt: Generated<Date>;
}

export interface DepartmentTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  names: Json<Localized>;
  createdAt: Generated<Date>;
}

export interface UserTable {
  id: Generated<string>;
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Language;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

export interface SessionTable {
  id: Generated<string>;
  tokenHash: string;
  userId: string;
  createdAt: Generated<Date>;
  expiresAt: Timestamp;
}

export interface MembershipTable {
  communeId: string;
  userId: string;
  role: CommuneRole;
  createdAt: Generated<Date>;
}

export interface NetworkRoleTable {
  userId: string;
  role: NetworkRole;
  createdAt: Generated<Date>;
}

export interface AuditLogTable {
  id: Generated<string>;
  communeId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Json<Record<string, unknown>>;
  createdAt: Generated<Date>;
}

export interface CounterTable {
  communeId: string;
  name: string;
  year: number;
  value: number;
}

export interface Database {
  network: NetworkTable;
  communes: CommuneTable;
  partners: PartnerTable;
  departments: DepartmentTable;
  users: UserTable;
  sessions: SessionTable;
  memberships: MembershipTable;
  networkRoles: NetworkRoleTable;
  auditLog: AuditLogTable;
  counters: CounterTable;
}

export type Commune = Selectable<CommuneTable>;
export type NewCommune = Insertable<CommuneTable>;
export type User = Selectable<UserTable>;
export type Department = Selectable<DepartmentTable>;
export type CommuneUpdate = Updateable<CommuneTable>;
