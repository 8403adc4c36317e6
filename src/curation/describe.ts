import type { CurationChange } from '../model/curation.ts';

/** A record's change in words, for the audit log (merged 晋中经开区 into 晋中经济技术开发区). */
export function describeChange(change: CurationChange, target?: CurationChange): string {
  switch (change.kind) {
    case 'MERGE':
      return `merged ${change.mergeIds.join(', ')} into ${change.keepName} (${change.keepId})`;
    case 'SPLIT':
      return `split the form ${change.alias} off ${change.entityId} into an entity of its own`;
    case 'RENAME':
      return `renamed ${change.entityId} to ${change.name}`;
    case 'RETYPE':
      return `retyped ${change.entityId} from ${change.fromType} to ${change.type}`;
    case 'REJECT':
      return `rejected ${change.entityId}: not an entity`;
    case 'ADD_ALIAS':
      return `added the alias ${change.alias} to ${change.entityId}`;
    case 'REMOVE_ALIAS':
      return `removed the alias ${change.alias} from ${change.entityId}`;
    case 'ADD_RELATION':
      return `added ${change.fromId} ${change.type} ${change.toId}`;
    case 'REMOVE_RELATION':
      return `removed ${change.fromId} ${change.type} ${change.toId}`;
    case 'REVERT':
      return target ? `undid: ${describeChange(target)}` : `undid ${change.curationId}`;
  }
}
