"""The Qt desktop interface of Regiestoel; it calls app/ services and never touches SQL."""
