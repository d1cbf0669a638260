import type { ComponentType } from 'react';
import { useParams } from 'react-router';
import { useItem } from '../api/items';
import type { ArmItem } from '../api/wire-types';
import { Pane, PaneFrame, PaneStatus } from './pane';

/**
 * The route of an item's pane (`…/replicated-items/:item/<pane>`, docs/ui-names.md §5): finds the item,
 * shows a disabled placeholder titled like the pane while it loads or when it is not found, then the
 * form. One frame for both, so the modal is never remounted when the item arrives.
 */
export function ItemPaneRoute({
  title,
  form: Form,
}: {
  title: string;
  /** The pane's form for the loaded item (keyed by its id, so another item starts afresh). */
  form: ComponentType<{ vault: string; item: ArmItem }>;
}) {
  const { vault = '', item: name = '' } = useParams();
  const { item, notFound, error } = useItem(vault, name);
  return (
    <PaneFrame>
      {!item ? (
        <Pane title={title} onOk={() => false} okDisabled>
          <PaneStatus name={name} notFound={notFound} error={error} />
        </Pane>
      ) : (
        <Form key={item.id} vault={vault} item={item} />
      )}
    </PaneFrame>
  );
}
