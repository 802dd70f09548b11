/** What the worker hands a channel's driver: the rendered message and its idempotency key. */
export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  idempotencyKey: string;
  /** Extra headers (an engagement email's List-Unsubscribe and List-Unsubscribe-Post). */
  headers?: Record<string, string>;
}

export interface SmsMessage {
  to: string;
  text: string;
  idempotencyKey: string;
}

/** What the provider answered: its id for the message, kept in the delivery log. */
export interface SentReceipt {
  providerId: string | null;
}

export interface EmailDriver {
  send(message: EmailMessage): Promise<SentReceipt>;
  close?(): Promise<void> | void;
}

export interface SmsDriver {
  send(message: SmsMessage): Promise<SentReceipt>;
  close?(): Promise<void> | void;
}

export interface Drivers {
  email?: EmailDriver | null | undefined;
  sms?: SmsDriver | null | undefined;
}
