import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { Platform } from './platform';

const PlatformContext = createContext<Platform | null>(null);

/** Makes the platform adapter available to every screen. */
export const PlatformProvider = ({
  platform,
  children,
}: {
  platform: Platform;
  children: ReactNode;
}) => <PlatformContext.Provider value={platform}>{children}</PlatformContext.Provider>;

/** The current platform adapter. */
export const usePlatform = (): Platform => {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform outside PlatformProvider');
  return platform;
};
