/**
 * The ONE signing step of the agreement: whoever accepts a revision signs its generated
 * document bytes through a SignatureProvider. Today `PortalAcceptance` (acceptance in the
 * portal, recorded with the document's SHA-256); a qualified electronic signature (ЭЦП/NCA)
 * plugs in later behind the same interface.
 */
export interface Signer {
  /** User id of the person accepting. */
  id: string;
  side: 'NGO' | 'OPERATOR';
}

export interface SignatureResult {
  method: string;
  signedAt: Date;
  /** Hex SHA-256 of the exact bytes signed. */
  sha256: string;
  signerId: string;
}

export interface SignatureProvider {
  readonly method: string;
  sign(document: Uint8Array, signer: Signer, now: Date): Promise<SignatureResult>;
}
