import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import MenuIcon from '@mui/icons-material/Menu';
import PeopleIcon from '@mui/icons-material/People';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { env } from '@/config/env';
import { LanguageMenu } from '@/components/language-menu';
import { LoadingState } from '@/components/loading-state';
import { DevPanelButton } from '@/features/dev-panel/dev-panel-button';
import { useFocusPageHeading } from '@/hooks/use-focus-page-heading';
import { BusinessDateIndicator } from './business-date-indicator';
import { UserMenu } from './user-menu';

const DRAWER_WIDTH = 220;

const NAV_ITEMS = [
  { to: '/customers', labelKey: 'common:nav.customers', icon: <PeopleIcon /> },
  { to: '/renewals', labelKey: 'renewals:nav', icon: <EventRepeatIcon /> },
] as const;

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <List>
      {NAV_ITEMS.map((item) => (
        <ListItem key={item.to} disablePadding>
          <ListItemButton
            component={NavLink}
            to={item.to}
            onClick={onNavigate}
            sx={{ '&.active': { bgcolor: 'action.selected' } }}
          >
            <ListItemIcon>{item.icon}</ListItemIcon>
            <ListItemText primary={t(item.labelKey)} />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}

/** The page, which suspends while its chunk loads (a new fallback per section, not per filter). */
function MainOutlet() {
  const location = useLocation();
  // A new path: its heading takes focus unless the user is on a control that stayed (a tab).
  useFocusPageHeading(location.pathname);
  return (
    <Suspense key={location.pathname.split('/')[1]} fallback={<LoadingState lines={6} />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * The frame around every signed-in page: app bar, navigation drawer, skip link, main. Memoised,
 * and only MainOutlet reads the location: a filter or page change in a list's URL redraws the
 * page, not the frame.
 */
export const AppShell = memo(function AppShell() {
  const { t } = useTranslation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          p: 1,
          bgcolor: 'background.paper',
          color: 'primary.main',
          '&:focus': { top: 8 },
        }}
      >
        {t('common:skipToContent')}
      </Box>
      <AppBar
        position="fixed"
        // Above the permanent drawer on wide screens; under the temporary one on narrow screens.
        sx={(theme) => ({ zIndex: { xs: theme.zIndex.appBar, md: theme.zIndex.drawer + 1 } })}
      >
        <Toolbar sx={{ gap: 0.5, px: { xs: 1, sm: 2 } }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label={t('common:nav.open')}
            onClick={() => setDrawerOpen(true)}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
          <Typography variant="h6" component="span" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>
            {t('common:appName')}
          </Typography>
          <BusinessDateIndicator />
          {env.mockBackend ? <DevPanelButton /> : null}
          <LanguageMenu />
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Box
        component="nav"
        aria-label={t('common:nav.label')}
        sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}
      >
        <Drawer
          variant="temporary"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          sx={{
            display: { xs: 'block', md: 'none' },
            '& .MuiDrawer-paper': { width: DRAWER_WIDTH },
          }}
        >
          <Navigation onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
        <Drawer
          variant="permanent"
          open
          sx={{
            display: { xs: 'none', md: 'block' },
            '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
          }}
        >
          <Toolbar />
          <Navigation />
        </Drawer>
      </Box>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, p: { xs: 1.5, sm: 3 }, outline: 'none' }}
      >
        <Toolbar />
        <MainOutlet />
      </Box>
    </Box>
  );
});
