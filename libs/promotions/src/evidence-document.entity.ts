import { Column, Entity, PrimaryGeneratedColumn, CreateDateColumn } from 'typeorm';
import type { EvidenceKind } from './promotion-rules.js';

/** A document attached to a purchase (contract, acceptance report…); the file lives in the evidence store. */
@Entity({ name: 'evidence_documents' })
export class EvidenceDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'purchase_id' })
  purchaseId: string;

  @Column('text')
  kind: EvidenceKind;

  /** The uploaded name, cleaned for display; never used as a path. */
  @Column('text', { name: 'file_name' })
  fileName: string;

  /** Sniffed from the content, not taken from the client. */
  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('integer', { name: 'size_bytes' })
  sizeBytes: number;

  @Column('text')
  sha256: string;

  @Column('text', { name: 'stored_as' })
  storedAs: string;

  @Column('uuid', { name: 'uploaded_by' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
