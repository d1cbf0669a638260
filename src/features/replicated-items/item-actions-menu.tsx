import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ArmItem } from '../../api/wire-types';
import { useItemVerbs } from './item-verbs';

interface Props {
  vault: string;
  item: ArmItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** docs/ui-names.md §3: "More actions for {name}" opens a menu with the item blade's verbs. */
export function ItemActionsMenu({ vault, item, open, onOpenChange }: Props) {
  const { t } = useTranslation(['items', 'common']);
  const navigate = useNavigate();
  const verbs = useItemVerbs(vault, item, open);
  const name = item.properties.friendlyName;
  const itemPath = `/vaults/${encodeURIComponent(vault)}/replicated-items/${encodeURIComponent(name)}`;
  return (
    <Menu open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          size="small"
          icon={<MoreHorizontalRegular />}
          aria-label={t('moreActions', { name })}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {verbs.map((verb) =>
            verb.disabledReason ? (
              <Tooltip
                key={verb.key}
                content={verb.disabledReason}
                relationship="description"
                positioning="after"
              >
                <MenuItem disabled>{t(`common:verbs.${verb.key}`)}</MenuItem>
              </Tooltip>
            ) : (
              <MenuItem key={verb.key} onClick={() => navigate(`${itemPath}/${verb.route}`)}>
                {t(`common:verbs.${verb.key}`)}
              </MenuItem>
            ),
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
