import { ENTITY_LABEL, type EntityType } from '../../model/entity.ts';

/** Entities come back from Cypher with their `type`; the interface resolves to the type's label. */
export const entityTypeResolvers = {
  Entity: {
    __resolveType: (entity: { type: EntityType }) => ENTITY_LABEL[entity.type],
  },
};
