"""An empty workspace's first start: the demo workspace, a first account, or an import."""
