# A thin wrapper over meson: `make run` and `make check` are the two commands in the README.
BUILDDIR  ?= _build
ASANDIR   ?= _build-asan
MESON     ?= meson

# CI builds our own code with warnings as errors.
ifeq ($(CI),true)
WERROR := -Dwerror=true
endif

# Headless when there is no display, and a private D-Bus session (which also brings the
# accessibility bus) when there is none.
HEADLESS := $(if $(DISPLAY)$(WAYLAND_DISPLAY),,xvfb-run -a -s '-screen 0 1280x800x24 -noreset')
SESSION  := $(if $(DBUS_SESSION_BUS_ADDRESS),,dbus-run-session --)

VALGRIND := valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite --track-origins=yes \
	--suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions=$(CURDIR)/tests/valgrind.supp

.PHONY: all deps deps-check deps-bench build run check check-asan check-valgrind bench \
	screenshots clean

all: build

# What each command needs, and no more: make run installs what building and running need,
# make check adds the test tools, make bench the benchmark tools and the peer app.
deps:
	@sh build-aux/install-deps.sh run

deps-check:
	@sh build-aux/install-deps.sh check

deps-bench:
	@sh build-aux/install-deps.sh bench

$(BUILDDIR)/build.ninja:
	$(MESON) setup $(BUILDDIR) -Dprofile=development $(WERROR)

build: deps $(BUILDDIR)/build.ninja
	$(MESON) compile -C $(BUILDDIR)

run: build
	@if [ -z "$(DISPLAY)$(WAYLAND_DISPLAY)" ]; then \
	  echo "make run needs a graphical session (DISPLAY or WAYLAND_DISPLAY is not set)."; exit 1; fi
	$(MESON) devenv -C $(BUILDDIR) $(CURDIR)/$(BUILDDIR)/src/crabwise

check: deps-check build
	$(HEADLESS) $(SESSION) sh build-aux/meson-test.sh -C $(BUILDDIR) --print-errorlogs
	$(MAKE) check-valgrind
	$(MAKE) check-asan

# The core's unit suites again under memcheck: no invalid access, no definite leak.
check-valgrind: deps-check build
	sh build-aux/meson-test.sh -C $(BUILDDIR) --suite unit --no-suite crash --print-errorlogs --timeout-multiplier 20 \
	  --wrapper '$(VALGRIND)' 

$(ASANDIR)/build.ninja:
	$(MESON) setup $(ASANDIR) -Db_sanitize=address,undefined -Db_lundef=false \
	  -Dbuildtype=debug $(WERROR)

check-asan: deps-check $(ASANDIR)/build.ninja
	$(MESON) compile -C $(ASANDIR)
	$(HEADLESS) $(SESSION) sh build-aux/meson-test.sh -C $(ASANDIR) --suite unit --suite ui --print-errorlogs \
	  --timeout-multiplier 5

bench: deps-bench build
	$(HEADLESS) $(SESSION) $(MESON) test -C $(BUILDDIR) --benchmark --suite bench --print-errorlogs --verbose

# PNGs of the main screens, light and dark, in _build/screenshots (the chosen ones are
# kept in data/screenshots/).
screenshots: deps-bench build
	xvfb-run -a -s '-screen 0 1280x1600x24 -noreset' dbus-run-session -- env CRABWISE_CONTENT_DB=$(CURDIR)/$(BUILDDIR)/data/content/content.sqlite3 \
	  GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILDDIR)/data \
	  /usr/bin/python3 tests/e2e/screenshots.py $(BUILDDIR)/src/crabwise $(BUILDDIR)/screenshots

clean:
	rm -rf $(BUILDDIR) $(ASANDIR)
