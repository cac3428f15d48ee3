module github.com/dualdate/dualdate/bench

go 1.26.8

require (
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de
	github.com/dualdate/dualdate v0.0.0
	github.com/hebcal/hdate v1.4.0
	github.com/hebcal/hebcal-go v0.13.0
	github.com/markusmobius/go-dateparser v1.4.7
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/dustin/go-humanize v1.0.1 // indirect
	github.com/hebcal/gematriya v1.0.1 // indirect
	github.com/hebcal/greg v1.1.0 // indirect
	github.com/markusmobius/go-dateutil/v2 v2.9.1 // indirect
	github.com/nathan-osman/go-sunrise v1.1.0 // indirect
	github.com/tetratelabs/wazero v1.12.0 // indirect
	github.com/wasilibs/go-re2 v1.12.0 // indirect
	github.com/wasilibs/wazero-helpers v0.0.0-20250123031827-cd30c44769bb // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/net v0.62.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/dualdate/dualdate => ../
