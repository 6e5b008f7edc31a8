import { createHash } from 'node:crypto';
import type { SignatureProvider, SignatureResult, Signer } from './signature-provider';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Acceptance in the portal: who accepted, when, and the SHA-256 of the document they saw. */
export class PortalAcceptance implements SignatureProvider {
  readonly method = 'PORTAL_ACCEPTANCE';

  async sign(document: Uint8Array, signer: Signer, now: Date): Promise<SignatureResult> {
    return { method: this.method, signedAt: now, sha256: sha256Hex(document), signerId: signer.id };
  }
}

export const defaultSignatureProvider: SignatureProvider = new PortalAcceptance();
