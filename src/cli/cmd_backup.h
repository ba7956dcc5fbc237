/*
 * cmd_backup.h - `vrtool backup`, and its flags.
 *
 * backup has flags the shared option parser (cli.c) does not know
 * (--force, --with-key, --verify); main() hands each argument of the
 * backup command to vr_cmd_backup_flag first and parses the rest as usual.
 * When cli.h and cli.c are free to change, these belong in vr_cli and the
 * declaration of vr_cmd_backup beside the other commands' in cli.h.
 */
#ifndef VR_CMD_BACKUP_H
#define VR_CMD_BACKUP_H

#include "cli/cli.h"

extern const vr_cmd vr_cmd_backup;

/* 1 when arg is one of backup's own flags (taken), else 0. */
int vr_cmd_backup_flag(const char *arg);

#endif
