/**
 * Tables of petitions and citizen proposals (issue 15, migration 2026-12-11T0301-petitions), added to Database below.
 * Identities (the mandataire's, each signer's) are stored encrypted (AES-256-GCM under a key derived from the
 * server secret): the database alone never shows who signed.
 */
import type { Generated } from 'kysely';
import type {
  AssociationSector,
  CouncilSessionKind,
  PetitionState,
  PetitionTrack,
  Petitioner,
  SignatureChannel,
  SignerBasis,
} from '../enums';
import type { DefaultTimestamp, Json, Timestamp } from '../types';

/** The council's vote on a petition it debated. */
export interface CouncilVote {
  for: number;
  against: number;
  abstain: number;
}

export interface PetitionsTable {
  communeId: string;
  id: Generated<string>;
  code: string;
  track: PetitionTrack;
  petitioner: Petitioner;
  associationId: string | null;
  /** The account that follows the procedure (the mandataire); owner of the case. */
  mandataireId: string;
  /** The mandataire's name, CIN, address and phone, encrypted (petitions/crypto.ts). */
  mandataireIdentity: Uint8Array;
  subject: string;
  reasons: string;
  request: string;
  theme: AssociationSector;
  language: string;
  state: Generated<PetitionState>;
  /** The signatures the petition needs, fixed when collecting opens (0 for an association's petition). */
  threshold: number;
  /** The population tier the threshold came from, and the population and census read. */
  tier: string;
  population: number;
  census: string;
  signaturesOnline: Generated<number>;
  signaturesPaper: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  collectingAt: Timestamp | null;
  receivedAt: Timestamp | null;
  /** The end of the bureau's time to notify a rejection (receipt + the setting's months); the kernel's deadline. */
  answerDueAt: Timestamp | null;
  /** When the petition left "filed": the bureau's review, or the answer to a proposal. */
  reviewedAt: Timestamp | null;
  decidedAt: Timestamp | null;
  /** Public: the bureau's reasons (a rejection's, or its note on admissibility), or the answer to a proposal. */
  bureauText: string | null;
  committee: string | null;
  sessionId: string | null;
  vote: Json<CouncilVote> | null;
  decisionText: string | null;
  /** Where the council's decision is recorded (the session's minutes, a deliberation number). */
  decisionRecord: string | null;
  followUp: string | null;
  eparticipationRef: string | null;
  /** When the signers' identities were erased, the retention after the decision over. */
  identitiesPurgedAt: Timestamp | null;
}

export interface PetitionEventsTable {
  communeId: string;
  id: Generated<string>;
  petitionId: string;
  seq: Generated<number>;
  at: Timestamp;
  actorId: string | null;
  kind: string;
  fromState: PetitionState | null;
  toState: PetitionState | null;
  publicNote: string | null;
  internalNote: string | null;
  data: Json<Record<string, unknown>>;
}

export interface PetitionStateCountsTable {
  communeId: string;
  state: PetitionState;
  n: Generated<number>;
}

export interface PetitionSignaturesTable {
  communeId: string;
  id: Generated<string>;
  petitionId: string;
  /** HMAC of the normalised CIN under a server-derived key, per petition: one person, one signature. */
  dedupKey: string;
  channel: SignatureChannel;
  accountId: string | null;
  batchId: string | null;
  basis: SignerBasis;
  /** Public counts are by neighbourhood; the rest of the signer is in `identity`. */
  neighbourhood: string;
  /** Name, CIN, address (and the activity attested), encrypted; null once purged. */
  identity: Uint8Array | null;
  signedAt: Timestamp;
}

export interface PetitionSignatureBatchesTable {
  communeId: string;
  id: Generated<string>;
  petitionId: string;
  /** The number printed on the paper sheet(s) keyed in. */
  sheet: string;
  keyedBy: string;
  keyedAt: Timestamp;
  accepted: number;
  duplicates: number;
}

export interface CouncilSessionsTable {
  communeId: string;
  id: Generated<string>;
  kind: CouncilSessionKind;
  /** 'YYYY-MM-DD'. */
  opensOn: string;
  note: string | null;
  createdBy: string;
  createdAt: DefaultTimestamp;
}

declare module '../types' {
  interface Database {
    petitions: PetitionsTable;
    petitionEvents: PetitionEventsTable;
    petitionStateCounts: PetitionStateCountsTable;
    petitionSignatures: PetitionSignaturesTable;
    petitionSignatureBatches: PetitionSignatureBatchesTable;
    councilSessions: CouncilSessionsTable;
  }
}
