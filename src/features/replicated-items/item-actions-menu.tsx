import { memo, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  type ButtonProps,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ArmItem } from '../../api/wire-types';
import { useItemVerbs, type ItemVerb } from './item-verbs';

/**
 * A row's menu: `none` until the user first opens it (only its button is mounted), then `open` or
 * `closed` (mounted, so closing returns focus to the button).
 */
export type RowMenuState = 'none' | 'closed' | 'open';

interface Props {
  vault: string;
  item: ArmItem;
  /** "More actions for {name}". */
  label: string;
  menu: RowMenuState;
  onOpenChange: (id: string, open: boolean) => void;
}

/**
 * docs/ui-names.md §3: "More actions for {name}" opens a menu with the item blade's verbs.
 *
 * A grid shows a screenful of rows and a filter keystroke replaces them all, so a row mounts only
 * the button until its menu is first opened (docs/performance.md, grid at scale). That button
 * carries what Fluent's MenuTrigger gives it (aria-haspopup, no aria-expanded while closed) and opens
 * on click, Enter, Space and ArrowDown as the trigger does (in the grid, ArrowDown moves to the next
 * row first); the Menu then mounts open and focuses its first item, and Esc closes it and returns
 * focus to the button (docs/ui-names.md §10).
 */
export const ItemActionsMenu = memo(function ItemActionsMenu({
  vault,
  item,
  label,
  menu,
  onOpenChange,
}: Props) {
  const button = (props: ButtonProps = {}) => (
    <Button appearance="subtle" size="small" icon={<MoreHorizontalRegular />} aria-label={label} {...props} />
  );
  if (menu === 'none') {
    return button({
      'aria-haspopup': 'menu',
      onClick: () => onOpenChange(item.id, true),
      onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
        // As MenuTrigger: unless the grid's arrow navigation took the key first (it moves to the next row).
        if (event.key === 'ArrowDown' && !event.isDefaultPrevented()) onOpenChange(item.id, true);
      },
    });
  }
  return (
    <Menu open={menu === 'open'} onOpenChange={(_, data) => onOpenChange(item.id, data.open)}>
      <MenuTrigger disableButtonEnhancement>{button()}</MenuTrigger>
      <MenuPopover>
        <ItemVerbsList vault={vault} item={item} />
      </MenuPopover>
    </Menu>
  );
});

/** The verbs, mounted while the menu is open: only then is the item's eligibility asked for. */
function ItemVerbsList({ vault, item }: { vault: string; item: ArmItem }) {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const verbs = useItemVerbs(vault, item);
  const itemPath = `/vaults/${encodeURIComponent(vault)}/replicated-items/${encodeURIComponent(item.properties.friendlyName)}`;
  return (
    <MenuList>
      {verbs.map((verb) => (
        <VerbItem key={verb.key} verb={verb} onClick={() => navigate(`${itemPath}/${verb.route}`)}>
          {t(`verbs.${verb.key}`)}
        </VerbItem>
      ))}
    </MenuList>
  );
}

/**
 * One verb; a disabled one describes why in a tooltip. Enabled or not, the item keeps one element
 * tree (a tooltip that never shows and adds no description when enabled): verbs turn enabled when the
 * eligibility arrives, and the focused first item must not be replaced under the keyboard's focus.
 */
function VerbItem({ verb, onClick, children }: { verb: ItemVerb; onClick: () => void; children: string }) {
  const [tooltip, setTooltip] = useState(false);
  const reason = verb.disabledReason;
  return (
    <Tooltip
      content={reason ?? children}
      relationship={reason ? 'description' : 'inaccessible'}
      positioning="after"
      visible={reason ? tooltip : false}
      onVisibleChange={(_, data) => setTooltip(data.visible)}
    >
      <MenuItem disabled={reason !== null} onClick={reason ? undefined : onClick}>
        {children}
      </MenuItem>
    </Tooltip>
  );
}
