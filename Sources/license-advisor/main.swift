import ArgumentParser

LicenseAdvisor.main()
