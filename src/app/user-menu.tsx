import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { signOut } from '@/api/session/requests';
import { memberName } from '@/api/team/schemas';
import { useSession } from '@/hooks/use-session';
import { sessionStore } from '@/lib/session-store';

/** The signed-in member and role, and sign-out (which ends the session in every tab). */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  if (!session) return null;
  const name = memberName(session.member);
  const role = t(`common:roles.${session.member.role}`);

  const handleSignOut = async () => {
    setAnchor(null);
    try {
      await signOut();
    } catch {
      // The session ends here whatever the backend said; it expires there on its own.
    }
    sessionStore.clear('signedOut');
    queryClient.clear();
    void navigate('/sign-in', { replace: true });
  };

  return (
    <>
      <Button
        color="inherit"
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={t('common:account.label', { name, role })}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', minWidth: 0 }}
      >
        <AccountCircleIcon />
        <Box
          component="span"
          sx={{
            display: { xs: 'none', md: 'flex' },
            flexDirection: 'column',
            alignItems: 'flex-start',
            ml: 1,
            lineHeight: 1.2,
          }}
        >
          <span>{name}</span>
          <Box component="span" sx={{ fontSize: '0.75rem', opacity: 0.85 }}>
            {role}
          </Box>
        </Box>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem disabled>
          <ListItemText primary={name} secondary={role} />
        </MenuItem>
        <Divider />
        <MenuItem onClick={() => void handleSignOut()}>{t('common:account.signOut')}</MenuItem>
      </Menu>
    </>
  );
}
