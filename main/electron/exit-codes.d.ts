/**
 * Exit codes the systemd unit (packaging/buurtkiosk.service, RestartPreventExitStatus=) must not
 * restart after: staff asked to leave, or another instance already shows the kiosk. Any other exit,
 * a crash included, is restarted.
 */
export declare const STAFF_QUIT_EXIT_CODE = 42;
export declare const ALREADY_RUNNING_EXIT_CODE = 43;
